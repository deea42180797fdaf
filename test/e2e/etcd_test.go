package e2e

import (
	"fmt"
	"net/url"
	"time"

	"go.etcd.io/etcd/server/v3/embed"
	"go.uber.org/zap"
)

// etcdStartTimeout bounds how long a single-member etcd may take to elect
// itself leader and serve clients.
const etcdStartTimeout = time.Minute

// startEtcd runs a single-member etcd in this process, on loopback ports the
// kernel picks, with its data in dataDir. It returns the client URL and a
// function that stops it.
func startEtcd(dataDir string) (clientURL string, stop func(), err error) {
	loopback := url.URL{Scheme: "http", Host: "127.0.0.1:0"}
	cfg := embed.NewConfig()
	cfg.Name = "e2e"
	cfg.Dir = dataDir
	cfg.ListenClientUrls = []url.URL{loopback}
	cfg.AdvertiseClientUrls = []url.URL{loopback}
	cfg.ListenPeerUrls = []url.URL{loopback}
	cfg.AdvertisePeerUrls = []url.URL{loopback}
	cfg.InitialCluster = cfg.InitialClusterFromName(cfg.Name)
	cfg.UnsafeNoFsync = true
	cfg.Logger = "zap"
	cfg.ZapLoggerBuilder = embed.NewZapLoggerBuilder(zap.NewNop())

	e, err := embed.StartEtcd(cfg)
	if err != nil {
		return "", nil, fmt.Errorf("start etcd: %w", err)
	}
	select {
	case <-e.Server.ReadyNotify():
	case err := <-e.Err():
		e.Close()
		return "", nil, fmt.Errorf("etcd failed while starting: %w", err)
	case <-time.After(etcdStartTimeout):
		e.Close()
		return "", nil, fmt.Errorf("etcd not ready after %s", etcdStartTimeout)
	}
	if len(e.Clients) == 0 {
		e.Close()
		return "", nil, fmt.Errorf("etcd started without a client listener")
	}
	return "http://" + e.Clients[0].Addr().String(), e.Close, nil
}
