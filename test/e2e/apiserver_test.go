package e2e

import (
	"fmt"
	"os"
	"path/filepath"

	servertesting "k8s.io/apiextensions-apiserver/pkg/cmd/server/testing"
	"k8s.io/client-go/rest"
)

// unusedKubeconfig satisfies the flags that make the server delegate
// authentication and authorization; with lookups skipped and only the
// loopback client in use, the cluster it names is never contacted.
const unusedKubeconfig = `apiVersion: v1
kind: Config
clusters:
- name: unused
  cluster:
    server: http://127.0.0.1:1
contexts:
- name: unused
  context:
    cluster: unused
    user: unused
current-context: unused
users:
- name: unused
  user:
    username: unused
    password: unused
`

// disabledAdmission lists the admission plugins that would need a
// kube-apiserver (namespaces, webhooks, policies) next to this server.
const disabledAdmission = "NamespaceLifecycle,MutatingAdmissionWebhook,ValidatingAdmissionWebhook," +
	"ValidatingAdmissionPolicy,MutatingAdmissionPolicy"

// startAPIServer runs k8s.io/apiextensions-apiserver in this process against
// the etcd at etcdURL, storing under its own prefix. Its certificate and the
// kubeconfig live below dir. It returns the loopback client config (a
// privileged user) and a function that stops the server.
func startAPIServer(log servertesting.Logger, dir, etcdURL string) (*rest.Config, func(), error) {
	kubeconfig := filepath.Join(dir, "kubeconfig")
	if err := os.WriteFile(kubeconfig, []byte(unusedKubeconfig), 0o600); err != nil {
		return nil, nil, err
	}
	flags := []string{
		"--etcd-servers", etcdURL,
		"--etcd-prefix", "/kodegen-e2e",
		"--authentication-skip-lookup",
		"--authentication-kubeconfig", kubeconfig,
		"--authorization-kubeconfig", kubeconfig,
		"--kubeconfig", kubeconfig,
		"--enable-priority-and-fairness=false",
		"--disable-admission-plugins", disabledAdmission,
	}
	s, err := servertesting.StartTestServer(log, nil, flags, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("start apiextensions-apiserver: %w", err)
	}
	return rest.CopyConfig(s.ClientConfig), s.TearDownFn, nil
}
