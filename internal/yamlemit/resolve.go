package yamlemit

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// keyLess is yaml.v2's order of two string keys: at the first rune that
// differs, letters compare as runes, a non-letter comes before a letter,
// and otherwise the runs of digits there compare by value (then length).
func keyLess(a, b []rune) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] == b[i] {
			continue
		}
		aLetter, bLetter := unicode.IsLetter(a[i]), unicode.IsLetter(b[i])
		if aLetter && bLetter {
			return a[i] < b[i]
		}
		if aLetter || bLetter {
			return bLetter
		}
		var an, bn int64
		if a[i] == '0' || b[i] == '0' {
			// A zero inside a number that started earlier counts.
			for j := i - 1; j >= 0 && unicode.IsDigit(a[j]); j-- {
				if a[j] != '0' {
					an, bn = 1, 1
					break
				}
			}
		}
		ai, bi := i, i
		for ; ai < len(a) && unicode.IsDigit(a[ai]); ai++ {
			an = an*10 + int64(a[ai]-'0')
		}
		for ; bi < len(b) && unicode.IsDigit(b[bi]); bi++ {
			bn = bn*10 + int64(b[bi]-'0')
		}
		if an != bn {
			return an < bn
		}
		if ai != bi {
			return ai < bi
		}
		return a[i] < b[i]
	}
	return len(a) < len(b)
}

// notStrings are the plain scalars yaml.v2 reads as YAML 1.1 booleans,
// nulls or special floats ("<<", the merge key, is in its table too, but
// behind a first-character test it never passes).
var notStrings = map[string]bool{}

func init() {
	for _, s := range strings.Fields(`y Y yes Yes YES true True TRUE on On ON
		n N no No NO false False FALSE off Off OFF
		~ null Null NULL .nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF`) {
		notStrings[s] = true
	}
	notStrings[""] = true
}

// readsAsString reports whether yaml.v2 reads s, written plain, back as
// the string s (not as a null, boolean, number or timestamp).
func readsAsString(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case c == '.':
		if notStrings[s] {
			return false
		}
		_, err := strconv.ParseFloat(s, 64)
		return err != nil
	case c == '+' || c == '-' || c >= '0' && c <= '9':
		return !notStrings[s] && !isNumberOrTimestamp(s)
	case strings.IndexByte("yYnNtTfFoO~", c) >= 0:
		return !notStrings[s]
	}
	return true
}

// isNumberOrTimestamp: s (starting with a sign or digit) reads as an
// integer (any Go base, underscores ignored, 0b binary), a float or a
// timestamp.
func isNumberOrTimestamp(s string) bool {
	if isTimestamp(s) {
		return true
	}
	plain := strings.ReplaceAll(s, "_", "")
	if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return true
	}
	if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return true
	}
	if yamlFloat.MatchString(plain) {
		if _, err := strconv.ParseFloat(plain, 64); err == nil {
			return true
		}
	}
	switch {
	case strings.HasPrefix(plain, "0b"):
		if _, err := strconv.ParseInt(plain[2:], 2, 64); err == nil {
			return true
		}
		_, err := strconv.ParseUint(plain[2:], 2, 64)
		return err == nil
	case strings.HasPrefix(plain, "-0b"):
		_, err := strconv.ParseInt("-"+plain[3:], 2, 64)
		return err == nil
	}
	return false
}

var yamlFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// timestampLayouts are the YAML timestamps yaml.v2 recognizes.
var timestampLayouts = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

// isTimestamp: four digits, a dash, and one of timestampLayouts.
func isTimestamp(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return false
	}
	for _, layout := range timestampLayouts {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// isBase60Float: YAML 1.1's sexagesimal numbers (1:20:30.5), which
// yaml.v2 no longer reads as numbers but still quotes.
func isBase60Float(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; !(c == '+' || c == '-' || c >= '0' && c <= '9') || strings.IndexByte(s, ':') < 0 {
		return false
	}
	return base60Float.MatchString(s)
}

var base60Float = regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`)
