package engine

import (
	"fmt"
	"sync"

	"k8s.io/gengo/v2/generator"

	"github.com/kodegen/kodegen/internal/output"
)

// Isolated is implemented by a generator that may plan and render at the
// same time as other Isolated generators of its run, each on a goroutine
// of its own. PlansInIsolation reports that its Targets (and what its
// targets render) only read the run:
//
//   - it never calls Env.Load (which changes the loader and the universe
//     every generator reads) nor Env.Generated (other generators'
//     output), and is no Follower;
//   - it asks the loader only through Env's read methods (TypesPackage,
//     TypeNames, GoTypes, GoFiles, PackageName, HeaderComments,
//     HiddenMethod, Position, ReadOnly, Lint and the marker locator),
//     which are safe for concurrent use once the run's load is done;
//   - it reads the universe and the go/types packages without changing
//     them, and shares no mutable state with other generators.
//
// The rule: consecutive Isolated generators (in run order, Followers
// after what they follow) run at once; every other generator runs alone,
// in order, never beside another, since it may load. Their results are
// then taken in one generator after the other, in run order, so the file
// set, the warnings (held back and reported in that order, deduplicated
// across the run's generators as ever), the errors and Stats are those of
// a run of one generator after the other.
type Isolated interface {
	PlansInIsolation() bool
}

// isolated reports whether g may plan beside other Isolated generators.
func isolated(g Generator) bool {
	if _, ok := g.(Follower); ok {
		return false
	}
	i, ok := g.(Isolated)
	return ok && i.PlansInIsolation()
}

// heldOutput is what an Isolated generator reported while planning
// beside others, for the run to report in order.
type heldOutput struct {
	warnings []string // every Warnf, in order, not yet deduplicated
	misused  []string // Env methods an Isolated generator may not call
}

// misuse records that the generator called what Isolated rules out.
func (h *heldOutput) misuse(what string) error {
	h.misused = append(h.misused, what)
	return fmt.Errorf("%s may not be called by a generator planning in isolation (engine.Isolated)", what)
}

// generateIsolated plans and renders gens (Isolated, consecutive in run
// order) at once, then takes in their warnings, errors, stats and files
// one generator after the other, as generateOne would have.
func generateIsolated(gens []Generator, contexts []*generator.Context, newEnv func(Generator) *Env, set *output.Set, stats *Stats, rendered map[string]*assembled) []error {
	results := make([]planned, len(gens))
	own := make([]Stats, len(gens))
	var wg sync.WaitGroup
	for i, g := range gens {
		env := newEnv(g)
		env.held = &heldOutput{}
		env.set = nil // never read: Env.Generated is ruled out
		wg.Go(func() { results[i] = plan(g, contexts[i], env, &own[i]) })
	}
	wg.Wait()
	var errs []error
	for i, p := range results {
		stats.Plan += own[i].Plan
		stats.Render += own[i].Render
		stats.Format += own[i].Format
		held := p.env.held
		p.env.held = nil
		for _, msg := range held.warnings {
			p.env.Warnf("%s", msg)
		}
		if len(held.misused) > 0 {
			errs = append(errs, fmt.Errorf("%s: the generator calls %v although it plans in isolation (engine.Isolated); this is a kodegen bug: please report it", p.g.Name(), held.misused))
			continue
		}
		if err := p.commit(set, rendered); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}
