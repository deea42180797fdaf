package chanfield

// Widget has a channel.
type Widget struct {
	Parts  []string
	Events chan string
}

// Gadget has a channel and a func.
type Gadget struct {
	Ready chan struct{}
	Hook  func() error
}
