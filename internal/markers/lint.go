package markers

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// markerLine matches a marker line's name: "+k8s:deepcopy-gen=package" → "k8s:deepcopy-gen".
var markerLine = regexp.MustCompile(`^\s*\+([A-Za-z0-9_.:/-]+)`)

// foreign are markers read by upstream tools kodegen does not replace; they
// are known, so they never draw a warning.
var foreign = []string{
	"k8s:openapi-gen", "k8s:openapi-model-package", "k8s:prerelease-lifecycle-gen",
	"k8s:protobuf", "k8s:validation-gen",
	"k8s:validation", "k8s:required", "k8s:optional", "k8s:enum", "k8s:listType",
	"k8s:listMapKey", "k8s:maxItems", "k8s:format", "k8s:minimum", "k8s:maximum",
	"k8s:immutable", "k8s:subresource", "k8s:unionMember", "k8s:unionDiscriminator",
	"k8s:isSubresource", "k8s:supportsSubresource", "k8s:alpha", "k8s:beta",
	"k8s:opaqueType", "k8s:zeroOrOneOfMember", "k8s:eachVal", "k8s:eachKey",
	"k8s:item", "k8s:ifEnabled", "k8s:ifDisabled", "k8s:forbidden", "k8s:neq",
	"k8s:maxLength", "k8s:minLength", "k8s:declarativeValidationNative",
}

// Lint returns a warning for every +k8s: or +genclient marker in lines that
// no generator declares but that is within a typo of one that is. where
// names the symbol the lines belong to.
func Lint(where string, lines []string) []string {
	known := knownNames()
	var warnings []string
	for _, line := range lines {
		m := markerLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		name := m[1]
		if !strings.HasPrefix(name, "k8s:") && !strings.HasPrefix(name, "genclient") {
			continue
		}
		if known[name] || isForeign(name) {
			continue
		}
		if best := Closest(name, known); best != "" {
			warnings = append(warnings, fmt.Sprintf("%s: unknown marker %s: did you mean +%s?", where, strings.TrimSpace(line), best))
		}
	}
	return warnings
}

// knownNames is the set of declared marker names. The declarations are
// constant, so the set is built once.
var knownNames = sync.OnceValue(func() map[string]bool {
	known := map[string]bool{}
	for _, d := range All() {
		known[d.Name] = true
	}
	return known
})

func isForeign(name string) bool {
	for _, f := range foreign {
		if name == f || strings.HasPrefix(name, f+":") {
			return true
		}
	}
	return false
}

// Closest returns the known name nearest to name, if it is close enough to
// be a typo (an edit distance of at most a quarter of its length, and 3).
func Closest(name string, known map[string]bool) string {
	best, bestDist := "", 1<<30
	for k := range known {
		d := distance(name, k)
		if d < bestDist || (d == bestDist && k < best) {
			best, bestDist = k, d
		}
	}
	if bestDist == 0 || bestDist > min(3, max(1, len(name)/4)) {
		return ""
	}
	return best
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
