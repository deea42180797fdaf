package e2e

import (
	"fmt"
	"os"

	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
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
// the etcd at etcdURL, keeping its data under etcdPrefix, and installs crds.
// Its certificate and kubeconfig live below dir. It returns the loopback
// client config (a privileged user) and a function that stops the server and
// removes its files.
func startAPIServer(log servertesting.Logger, dir, etcdURL, etcdPrefix string, crds []*apiextensionsv1.CustomResourceDefinition) (*rest.Config, func(), error) {
	f, err := os.CreateTemp(dir, "kubeconfig-")
	if err != nil {
		return nil, nil, err
	}
	kubeconfig := f.Name()
	_, err = f.WriteString(unusedKubeconfig)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(kubeconfig)
		return nil, nil, err
	}
	flags := []string{
		"--etcd-servers", etcdURL,
		"--etcd-prefix", etcdPrefix,
		"--authentication-skip-lookup",
		"--authentication-kubeconfig", kubeconfig,
		"--authorization-kubeconfig", kubeconfig,
		"--kubeconfig", kubeconfig,
		"--enable-priority-and-fairness=false",
		"--disable-admission-plugins", disabledAdmission,
	}
	s, err := servertesting.StartTestServer(log, nil, flags, nil)
	if err != nil {
		os.Remove(kubeconfig)
		return nil, nil, fmt.Errorf("start apiextensions-apiserver: %w", err)
	}
	stop := func() {
		s.TearDownFn()
		os.Remove(kubeconfig)
	}
	config := rest.CopyConfig(s.ClientConfig)
	if err := installCRDs(config, crds); err != nil {
		stop()
		return nil, nil, err
	}
	return config, stop, nil
}
