package engine

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"k8s.io/gengo/v2/generator"
)

// meeting lets generators wait until a number of them are planning at
// once, or give up after a while (so a run of one after the other fails
// rather than hangs).
type meeting struct {
	mu      sync.Mutex
	want    int
	arrived int
	all     chan struct{}
	active  int      // generators in Targets now
	alone   []string // generators that were not alone while they had to be
}

func newMeeting(want int) *meeting { return &meeting{want: want, all: make(chan struct{})} }

// arrive waits until want generators have arrived.
func (m *meeting) arrive(name string) error {
	m.mu.Lock()
	m.arrived++
	if m.arrived == m.want {
		close(m.all)
	}
	m.mu.Unlock()
	select {
	case <-m.all:
		return nil
	case <-time.After(10 * time.Second):
		return fmt.Errorf("%s: the other isolated generators never planned at the same time", name)
	}
}

// enter and leave track who plans when; a generator that must be alone
// records itself when it is not.
func (m *meeting) enter(name string, mustBeAlone bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.active++
	if mustBeAlone && m.active > 1 {
		m.alone = append(m.alone, name)
	}
}

func (m *meeting) leave() {
	m.mu.Lock()
	m.active--
	m.mu.Unlock()
}

// isoGen is a list-gen that may plan in isolation: it waits at the
// meeting (when meet), warns, and may fail.
type isoGen struct {
	listGen
	name     string
	isolated bool
	meet     *meeting
	warnings []string
	errs     []error
	wait     chan struct{} // when set, warn only after it closes
	done     chan struct{} // when set, closed once warned
	load     bool          // calls Env.Load (an Isolated generator may not)
}

func (g *isoGen) PlansInIsolation() bool { return g.isolated }

func (g *isoGen) Targets(c *generator.Context, env *Env) ([]generator.Target, error) {
	if g.meet != nil {
		g.meet.enter(g.name, !g.isolated)
		defer g.meet.leave()
		if g.isolated {
			if err := g.meet.arrive(g.name); err != nil {
				return nil, err
			}
		}
	}
	if g.wait != nil {
		select {
		case <-g.wait:
		case <-time.After(10 * time.Second):
			return nil, fmt.Errorf("%s: waited in vain", g.name)
		}
	}
	for _, w := range g.warnings {
		env.Warnf("%s", w)
	}
	if g.done != nil {
		close(g.done)
	}
	if g.load {
		if _, err := env.Load("./testdata/apis/v1"); err != nil {
			return nil, err
		}
	}
	if len(g.errs) > 0 {
		return nil, errors.Join(g.errs...)
	}
	return g.listGen.Targets(c, env)
}

func isoGens(t *testing.T, isolated bool, meet *meeting, n int) []Generator {
	var gens []Generator
	for i := range n {
		gens = append(gens, &isoGen{listGen: listGen{out: t.TempDir(), file: fmt.Sprintf("g%d.go", i), body: fmt.Sprint(i)}, name: fmt.Sprintf("g%d", i), isolated: isolated, meet: meet})
	}
	return gens
}

// Isolated generators plan at the same time: each waits until all of
// them are planning, which a run of one after the other never gets to.
func TestIsolatedGeneratorsPlanAtOnce(t *testing.T) {
	for _, procs := range []int{1, 2} {
		t.Run(fmt.Sprintf("GOMAXPROCS=%d", procs), func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			gens := isoGens(t, true, newMeeting(3), 3)
			set, err := Generate(gens, Options{Check: CheckOff})
			if err != nil {
				t.Fatal(err)
			}
			if n := len(set.Paths()); n != 3 {
				t.Errorf("%d files, want 3", n)
			}
		})
	}
}

// A generator that is not Isolated plans alone, between the stretches of
// Isolated ones around it, and may load.
func TestOtherGeneratorsPlanAlone(t *testing.T) {
	meet := newMeeting(2)
	gens := isoGens(t, true, meet, 5)
	solo := gens[2].(*isoGen)
	solo.isolated, solo.load = false, true
	// g0 and g1 meet; g3 and g4 make a second meeting.
	late := newMeeting(2)
	gens[3].(*isoGen).meet, gens[4].(*isoGen).meet = late, late
	set, err := Generate(gens, Options{Check: CheckOff})
	if err != nil {
		t.Fatal(err)
	}
	if len(meet.alone)+len(late.alone) > 0 {
		t.Errorf("planned beside others: %q %q", meet.alone, late.alone)
	}
	if n := len(set.Paths()); n != 5 {
		t.Errorf("%d files, want 5", n)
	}
}

// What a run reports (warnings, their order and deduplication across
// generators, errors, files) is that of a run of one generator after
// the other, whichever finishes first.
func TestIsolatedRunReportsInRunOrder(t *testing.T) {
	const shared = "example.com/apis/v1.Widget: unknown marker +kubebuilder:foo"
	build := func(isolated bool) []Generator {
		gens := isoGens(t, isolated, nil, 3)
		a, b, c := gens[0].(*isoGen), gens[1].(*isoGen), gens[2].(*isoGen)
		a.warnings = []string{"a1", shared, "a2", "a1"}
		b.warnings = []string{"b1", shared, "b2"}
		c.warnings = []string{"a2", "c1"}
		if isolated { // b warns first in time, then a, then c
			b.done, a.done = make(chan struct{}), make(chan struct{})
			a.wait = b.done
			c.wait = a.done
		}
		return gens
	}
	const want = "controller-gen: warning: a1\n" +
		"controller-gen: warning: " + shared + "\n" +
		"controller-gen: warning: a2\n" +
		"controller-gen: warning: b1\n" +
		"controller-gen: warning: b2\n" +
		"controller-gen: warning: c1\n"
	for _, isolated := range []bool{false, true} {
		var warnings bytes.Buffer
		gens := build(isolated)
		set, err := Generate(gens, Options{Warnings: &warnings, Check: CheckOff})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.ReplaceAll(warnings.String(), "list-gen", "controller-gen"); got != want {
			t.Errorf("isolated=%v: warnings\n%s\nwant\n%s", isolated, got, want)
		}
		if n := len(set.Paths()); n != 3 {
			t.Errorf("isolated=%v: %d files, want 3", isolated, n)
		}
	}

	errorsOf := func(isolated bool) string {
		gens := isoGens(t, isolated, nil, 3)
		a, c := gens[0].(*isoGen), gens[2].(*isoGen)
		a.errs = []error{errors.New("shared"), errors.New("a")}
		c.errs = []error{errors.New("c"), errors.New("shared")}
		if isolated { // c fails first in time
			c.done = make(chan struct{})
			a.wait = c.done
		}
		_, err := Generate(gens, Options{Check: CheckOff})
		if err == nil {
			t.Fatal("no error")
		}
		return err.Error()
	}
	seq, iso := errorsOf(false), errorsOf(true)
	if seq != "shared\na\nc" || iso != seq {
		t.Errorf("errors: one after the other %q, isolated %q, want %q", seq, iso, "shared\na\nc")
	}
}

// The files and stats' shape of a run do not depend on isolation.
func TestIsolatedRunWritesWhatASequentialRunWrites(t *testing.T) {
	var outputs []string
	for _, isolated := range []bool{false, true} {
		gens := isoGens(t, isolated, nil, 3)
		res, err := run(t, Options{Check: CheckOff}, gens...)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, p := range res.Files.Paths() {
			data, _ := res.Files.Get(p)
			b.WriteString(p[strings.LastIndex(p, "/")+1:] + "\n" + string(data))
		}
		outputs = append(outputs, b.String())
		if res.Stats.Plan <= 0 || res.Stats.Format <= 0 || len(res.Report.Written) != 3 {
			t.Errorf("isolated=%v: stats %+v, report %+v", isolated, res.Stats, res.Report)
		}
	}
	if outputs[0] != outputs[1] {
		t.Errorf("isolated output\n%s\ndiffers from\n%s", outputs[1], outputs[0])
	}
}

// An Isolated generator that loads is a bug, reported as one, never a race.
func TestIsolatedGeneratorMayNotLoad(t *testing.T) {
	gens := isoGens(t, true, nil, 2)
	gens[1].(*isoGen).load = true
	_, err := Generate(gens, Options{Check: CheckOff})
	if err == nil || !strings.Contains(err.Error(), "Env.Load") || !strings.Contains(err.Error(), "kodegen bug") {
		t.Errorf("err = %v", err)
	}
	// A Follower never plans in isolation.
	if isolated(&isoFollower{}) || !isolated(gens[0]) || isolated(&listGen{}) {
		t.Error("isolated() is wrong")
	}
}

type isoFollower struct{ followGen }

func (*isoFollower) PlansInIsolation() bool { return true }
