package e2e

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-logr/logr"
	"k8s.io/client-go/rest"
	"k8s.io/klog/v2"
)

// cluster is the etcd and API server shared by every test of the process.
// Tests keep apart by namespace and by label.
var cluster struct {
	config  *rest.Config // loopback client config of the API server
	etcdURL string       // for a test that needs a server of its own
	root    string       // the temp dir everything lives below
}

// verbose keeps the servers' logs (klog) and the test server's messages; set
// E2E_VERBOSE=1 when the server misbehaves.
var verbose = os.Getenv("E2E_VERBOSE") != ""

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		fmt.Println("e2e: skipped in -short mode (it starts etcd and an API server)")
		os.Exit(0)
	}
	if !verbose {
		quietKlog()
	}
	os.Exit(run(m))
}

// run starts the servers, runs the tests and tears everything down, also on
// SIGINT/SIGTERM. Its result is the process's exit code.
func run(m *testing.M) int {
	start := time.Now()
	removeStaleRoots()
	root, err := os.MkdirTemp("", fmt.Sprintf("%s%d-", rootPrefix, os.Getpid()))
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 2
	}
	// Everything the servers create in the temp dir lands below root, so
	// that teardown can check nothing is left and remove root in any case.
	oldTmp, hadTmp := os.LookupEnv("TMPDIR")
	os.Setenv("TMPDIR", root)
	var (
		once      sync.Once
		mu        sync.Mutex // stops grows while a signal may tear down
		stops     []func()
		leftovers []string
	)
	onStop := func(fs ...func()) {
		mu.Lock()
		defer mu.Unlock()
		stops = append(stops, fs...)
	}
	teardown := func() {
		once.Do(func() {
			mu.Lock()
			defer mu.Unlock()
			for i := len(stops) - 1; i >= 0; i-- {
				stops[i]()
			}
			leftovers = leftoverFiles(root)
			os.RemoveAll(root)
			if hadTmp {
				os.Setenv("TMPDIR", oldTmp)
			} else {
				os.Unsetenv("TMPDIR")
			}
		})
	}
	defer teardown()
	stopSignals := onSignal(func() { teardown() })
	defer stopSignals()

	etcdURL, stopEtcd, err := startEtcd(filepath.Join(root, "etcd"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 2
	}
	onStop(stopEtcd, func() { os.RemoveAll(filepath.Join(root, "etcd")) })

	crds, err := shopCRDs()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 2
	}
	config, stopServer, err := startAPIServer(serverLog{}, root, etcdURL, "/kodegen-e2e", crds)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 2
	}
	onStop(stopServer)
	cluster.config, cluster.etcdURL, cluster.root = config, etcdURL, root
	fmt.Printf("e2e: etcd and apiextensions-apiserver up, shop.example.com CRDs established in %s\n",
		time.Since(start).Round(10*time.Millisecond))

	code := m.Run()
	teardown()
	if len(leftovers) > 0 {
		fmt.Fprintf(os.Stderr, "e2e: teardown left files behind: %v\n", leftovers)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// rootPrefix starts the name of the temp dir of every run, followed by the
// process id.
const rootPrefix = "kodegen-e2e-"

// removeStaleRoots removes the temp dirs of earlier runs whose process is
// gone: a test that panics kills the process before teardown can run.
func removeStaleRoots() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), rootPrefix+"*"))
	for _, dir := range dirs {
		pid, _, ok := strings.Cut(strings.TrimPrefix(filepath.Base(dir), rootPrefix), "-")
		n, err := strconv.Atoi(pid)
		if !ok || err != nil || n <= 0 || n == os.Getpid() {
			continue
		}
		if err := syscall.Kill(n, 0); errors.Is(err, syscall.ESRCH) {
			os.RemoveAll(dir)
		}
	}
}

// leftoverFiles lists what is still below root once the servers have
// stopped and removed their own files.
func leftoverFiles(root string) []string {
	var out []string
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// onSignal runs f (and exits) when the test process is interrupted, so that
// an interrupted run stops the servers and removes its files.
func onSignal(f func()) (stop func()) {
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case <-ch:
			f()
			os.Exit(130)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// quietKlog drops the servers' klog output (about 50 lines per start and a
// line per request in error).
func quietKlog() {
	fs := flag.NewFlagSet("klog", flag.ContinueOnError)
	klog.InitFlags(fs)
	_ = fs.Set("logtostderr", "false")
	_ = fs.Set("alsologtostderr", "false")
	_ = fs.Set("stderrthreshold", "FATAL")
	klog.SetLogger(logr.Discard())
}

// serverLog is the Logger the API server's test harness reports to: its
// progress messages are dropped unless E2E_VERBOSE is set.
type serverLog struct{}

func (serverLog) Logf(format string, args ...interface{}) {
	if verbose {
		fmt.Printf("apiserver: "+format+"\n", args...)
	}
}

func (serverLog) Errorf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "apiserver: "+format+"\n", args...)
}

// Fatalf panics rather than exit, so that deferred teardown still runs
// (StartTestServer itself never calls it).
func (serverLog) Fatalf(format string, args ...interface{}) {
	panic(fmt.Sprintf("apiserver: "+format, args...))
}
