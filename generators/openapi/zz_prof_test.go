package openapi

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kodegen/kodegen/internal/engine"
	"github.com/kodegen/kodegen/internal/load"
)

func TestProfAPI(t *testing.T) {
	dir := os.Getenv("PROF_DIR")
	if dir == "" {
		t.Skip()
	}
	pkgs, _ := os.ReadFile("/tmp/oa/api-pkgs")
	inputs := append([]string{"k8s.io/apimachinery/pkg/apis/meta/v1", "k8s.io/apimachinery/pkg/runtime", "k8s.io/apimachinery/pkg/version", "k8s.io/apimachinery/pkg/api/resource"}, strings.Fields(string(pkgs))...)
	cfg := Defaults()
	cfg.Inputs = inputs
	cfg.OutputDir = dir + "/zzopenapi"
	cfg.OutputPkg = "k8s.io/api/zzopenapi"
	cfg.OutputFile = "zz_generated.openapi.go"
	cfg.ReportFilename = dir + "/report.list"
	cfg.HeaderFile = "/tmp/oa/boilerplate.go.txt"
	cfg.OutputModelNameFile = "zz_generated.model_name.go"
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	os.Chdir(dir)
	start := time.Now()
	res, err := engine.Run([]engine.Generator{g}, engine.Options{Verify: true, Loader: load.NewIn(dir)})
	t.Logf("%v %+v err=%v", time.Since(start), res.Stats, err)
}
