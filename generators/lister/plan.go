package lister

import (
	"path"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/types"

	"github.com/kodegen/kodegen/generators/internal/apitypes"
	"github.com/kodegen/kodegen/internal/engine"
)

func fileName(t *types.Type) string { return strings.ToLower(t.Name.Name) + ".go" }

func (g *tool) target(env *engine.Env, ap *apitypes.APIPackage, list []apitypes.APIType, header []byte) (generator.Target, error) {
	gv := ap.PathGroupVersion
	sub := path.Join(strings.ToLower(gv.Group.NonEmpty()), gv.Version.PackageName())
	dir := filepath.Join(g.cfg.OutputDir, filepath.FromSlash(sub))
	pkgPath := path.Join(g.cfg.OutputPkg, sub)
	var expand []apitypes.APIType
	for _, at := range list {
		handWritten, err := env.Exists(filepath.Join(dir, strings.ToLower(at.Type.Name.Name)+"_expansion.go"))
		if err != nil {
			return nil, err
		}
		if !handWritten {
			expand = append(expand, at)
		}
	}
	return &generator.SimpleTarget{
		PkgName:       gv.Version.PackageName(),
		PkgPath:       pkgPath,
		PkgDir:        dir,
		HeaderComment: header,
		FilterFunc:    apitypes.NoTypes,
		GeneratorsFunc: func(*generator.Context) []generator.Generator {
			gens := []generator.Generator{newGenExpansion(expand)}
			for _, at := range list {
				gens = append(gens, newGenLister(pkgPath, at, g.cfg.Target))
			}
			return gens
		},
	}, nil
}
