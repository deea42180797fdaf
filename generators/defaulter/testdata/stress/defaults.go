package stress

import "github.com/kodegen/kodegen/generators/defaulter/testdata/stress/ext"

func SetObjectDefaults_Handled(in *Handled) {}

func SetDefaults_Ext(obj *ext.Ext) {}

func SetDefaults_Sub_Extra(obj *Sub) {}

func SetDefaults_Top(obj *Top) {}
