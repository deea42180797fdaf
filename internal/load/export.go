package load

import (
	"bufio"
	"go/token"
	gotypes "go/types"
	"os"

	"golang.org/x/tools/go/gcexportdata"
)

// readExport reads one package's export data file into imports.
func readExport(fset *token.FileSet, imports map[string]*gotypes.Package, path, file string) (*gotypes.Package, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, err
	}
	return gcexportdata.Read(r, fset, imports, path)
}
