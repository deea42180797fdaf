package markers

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"k8s.io/gengo/v2/types"
)

// markerName is the name of the marker on line ("+k8s:deepcopy-gen=package"
// → "k8s:deepcopy-gen"), or "" when the line is no marker. It runs on every
// comment line of every input package, so it is hand-written.
func markerName(line string) string {
	line = strings.TrimLeft(line, " \t")
	if len(line) < 2 || line[0] != '+' {
		return ""
	}
	i := 1
	for ; i < len(line); i++ {
		c := line[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("_.:/-", c) >= 0) {
			break
		}
	}
	return line[1:i]
}

// Finding is a marker no generator declares but that is within a typo of
// one that is.
type Finding struct {
	*Error
	// Near is the declared marker it is probably a typo of.
	Near Def
	// Where is what the line belongs to (0: not known).
	Where Scope
}

// Wanted reports whether f is a typo of a marker tool reads, where that
// marker goes: the user clearly wanted its effect, which would silently
// not happen, so it is an error rather than a warning.
func (f Finding) Wanted(tool string) bool {
	return f.Near.ReadByTool(tool) && (f.Where == 0 || f.Near.Scopes&f.Where != 0)
}

// Lint returns a finding for every marker in src that no generator
// declares but that is within a typo of one that is (closestUnknown).
func Lint(src Source) []Finding {
	return new(Linter).lint(src, nil)
}

// Linter lints each package once per run, however many generators ask:
// the engine holds one per run (engine.Env.Lint). Its memo of names
// makes the common case, a known marker, one map lookup.
type Linter struct {
	mu    sync.Mutex
	pkgs  map[string][]Finding
	names map[string]string // marker name → closest declared name, "" when fine
}

// Package returns the findings of pkg's package comments, types (TypeLines),
// fields and functions, in that order (types and functions by name).
func (l *Linter) Package(pkg *types.Package) []Finding {
	l.mu.Lock()
	defer l.mu.Unlock()
	if f, ok := l.pkgs[pkg.Path]; ok {
		return f
	}
	if l.pkgs == nil {
		l.pkgs, l.names = map[string][]Finding{}, map[string]string{}
	}
	out := l.lint(PackageLines(pkg), nil)
	for _, name := range slices.Sorted(maps.Keys(pkg.Types)) {
		t := pkg.Types[name]
		// TypeLines, without joining the two blocks into a new slice.
		sym := typeSym(t)
		out = l.lint(Source{Sym: sym, Lines: t.SecondClosestCommentLines, Where: Type}, out)
		out = l.lint(Source{Sym: sym, Lines: t.CommentLines, Where: Type}, out)
		for _, m := range t.Members {
			out = l.lint(MemberLines(t, m), out)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(pkg.Functions)) {
		out = l.lint(FuncLines(pkg.Functions[name]), out)
	}
	l.pkgs[pkg.Path] = out
	return out
}

func (l *Linter) lint(src Source, out []Finding) []Finding {
	for _, line := range src.Lines {
		name := markerName(line)
		if name == "" {
			continue
		}
		best, seen := l.names[name]
		if !seen {
			best = closestUnknown(name)
			if l.names != nil {
				l.names[name] = best
			}
		}
		if best == "" {
			continue
		}
		near, _ := Lookup(best)
		out = append(out, Finding{
			Error: &Error{Sym: src.Sym, Name: name, Msg: fmt.Sprintf("unknown marker %s: did you mean +%s?", Show(strings.TrimSpace(line)), best)},
			Near:  near,
			Where: src.Where,
		})
	}
	return out
}

// closestUnknown returns the declared name an undeclared marker name is a
// typo of, or "": the same name in other case (+groupname, +Default),
// a declared name without its "k8s:" (+deepcopy-gen) or with one too
// many (+k8s:genclient), or, for +k8s: and +genclient names and names of
// eight letters or more, a name within a typo of a declared one. Shorter
// names of other families are left alone: they are other tools' markers
// (+optional, +enum) more often than typos of ours.
func closestUnknown(name string) string {
	known := knownNames()
	if known[name] || isForeign(name) || known[strings.TrimSuffix(name, ":")] {
		return "" // +default:=1 is another tool's syntax
	}
	for _, k := range sortedKnown() {
		if strings.EqualFold(k, name) || strings.EqualFold("k8s:"+name, k) || strings.EqualFold(name, "k8s:"+k) {
			return k
		}
	}
	lower := strings.ToLower(name)
	if !strings.HasPrefix(lower, "k8s:") && !strings.HasPrefix(lower, "genclient") && len(name) < 8 {
		return ""
	}
	return Closest(name, known)
}

// sortedKnown are the declared names, sorted.
var sortedKnown = sync.OnceValue(func() []string {
	return slices.Sorted(maps.Keys(knownNames()))
})

// knownNames is the set of declared marker names, built once.
var knownNames = sync.OnceValue(func() map[string]bool {
	known := map[string]bool{}
	for _, d := range Catalogue() {
		known[d.Name] = true
	}
	return known
})

// Closest returns the known name nearest to name, if it is close enough to
// be a typo (an edit distance of at most a quarter of its length, and 3;
// a swap of two neighbouring letters is one edit). Between names equally
// near, one that name's letters appear in, in order (a dropped letter:
// conversion-gn → conversion-gen, not conversion-fn), comes first, then
// the first in sort order.
func Closest(name string, known map[string]bool) string {
	best, bestDist, bestSub := "", 1<<30, false
	for k := range known {
		d := distance(name, k)
		sub := subsequence(name, k)
		if d < bestDist || d == bestDist && (sub && !bestSub || sub == bestSub && k < best) {
			best, bestDist, bestSub = k, d, sub
		}
	}
	if bestDist == 0 || bestDist > min(3, max(1, len(name)/4)) {
		return ""
	}
	return best
}

// subsequence reports whether the bytes of a appear in b, in order.
func subsequence(a, b string) bool {
	i := 0
	for j := 0; i < len(a) && j < len(b); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// distance is the optimal string alignment distance between a and b: the
// edits (insert, delete, substitute, swap two neighbours) that turn a
// into b.
func distance(a, b string) int {
	rows := make([][]int, len(a)+1)
	for i := range rows {
		rows[i] = make([]int, len(b)+1)
		rows[i][0] = i
	}
	for j := range rows[0] {
		rows[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(rows[i-1][j]+1, rows[i][j-1]+1, rows[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, rows[i-2][j-2]+1)
			}
			rows[i][j] = d
		}
	}
	return rows[len(a)][len(b)]
}

// LineFinding is a misspelt marker found by ScanFile: its 1-based line,
// the marker as written and the declared marker it is a typo of.
type LineFinding struct {
	Line   int
	Marker string
	Near   Def
}

// ScanFile finds the misspelt markers in the line comments of a Go file's
// source, without parsing it: the cheap scan `kodegen gen` runs on every
// file it considers, so that a package whose only marker is misspelt
// (+k8s:deepcopygen=package) is reported rather than skipped.
func ScanFile(src []byte) []LineFinding {
	var out []LineFinding
	line := 0
	for len(src) > 0 {
		line++
		var text []byte
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			text, src = src[:i], src[i+1:]
		} else {
			text, src = src, nil
		}
		rest, ok := strings.CutPrefix(strings.TrimLeft(string(text), " \t"), "//")
		if !ok {
			continue
		}
		name := markerName(rest)
		if name == "" {
			continue
		}
		if best := closestUnknown(name); best != "" {
			near, _ := Lookup(best)
			out = append(out, LineFinding{Line: line, Marker: strings.TrimSpace(rest), Near: near})
		}
	}
	return out
}
