package v1

// GadgetListerExpansion is written by hand.
type GadgetListerExpansion interface{}

// GadgetNamespaceListerExpansion is written by hand.
type GadgetNamespaceListerExpansion interface{}
