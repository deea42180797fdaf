//go:build linux

package cache

import (
	"io/fs"
	"syscall"
)

// stateOf is what the file system says about a file, without its content;
// false when it cannot say enough to trust an unchanged state.
func stateOf(info fs.FileInfo) (fileState, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileState{}, false
	}
	return fileState{Size: st.Size, Mtime: st.Mtim.Nano(), Ctime: st.Ctim.Nano(), Dev: uint64(st.Dev), Ino: st.Ino}, true
}
