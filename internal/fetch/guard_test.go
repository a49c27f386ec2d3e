package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

func TestForbidden(t *testing.T) {
	tests := []struct {
		addr string
		want string // "" = allowed
	}{
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"192.168.1.1", "private"},
		{"fd00::1", "private"},
		{"169.254.169.254", "link-local"}, // cloud metadata
		{"fe80::1", "link-local"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"224.0.0.1", "link-local"},
		{"239.1.1.1", "multicast"},
		{"100.64.0.1", "shared (carrier-grade NAT)"},
		{"0.1.2.3", "this-network"},
		{"8.8.8.8", ""},
		{"2a00:1450:4001::1", ""},
		{"93.184.216.34", ""},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := forbidden(netip.MustParseAddr(tt.addr)); got != tt.want {
				t.Errorf("forbidden(%s) = %q, want %q", tt.addr, got, tt.want)
			}
		})
	}
}

func TestCheckHost(t *testing.T) {
	for host, bad := range map[string]bool{
		"localhost": true, "a.localhost": true, "A.LOCALHOST": true,
		"127.0.0.1": true, "::1": true, "example.com": false, "8.8.8.8": false,
	} {
		err := CheckHost(host)
		if (err != nil) != bad {
			t.Errorf("CheckHost(%q) = %v, want error %v", host, err, bad)
		}
		if err != nil && !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("CheckHost(%q) = %v, want ErrForbiddenAddress", host, err)
		}
	}
}

func TestDenyPrivateRefusesLoopback(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<p>secret</p>"))
	}))
	defer srv.Close()
	ctx := context.Background()

	// The default fetcher reads loopback pages (marsad ingest URL on one's
	// own machine is legitimate).
	if _, err := New(Options{}).Get(ctx, srv.URL); err != nil {
		t.Fatalf("default fetcher: %v", err)
	}
	guarded := New(Options{DenyPrivate: true})
	for _, u := range []string{
		srv.URL, // IP literal 127.0.0.1: refused before dialling
		strings.Replace(srv.URL, "127.0.0.1", "localhost", 1),
	} {
		_, err := guarded.Get(ctx, u)
		if !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("Get(%s) with DenyPrivate = %v, want ErrForbiddenAddress", u, err)
		}
	}
	// The dial-time check sees the address really dialled, after name
	// resolution and on every redirect: what a DNS name or a redirect to an
	// internal address would reach is refused there.
	if err := denyPrivate("tcp", "127.0.0.1:80", nil); !errors.Is(err, ErrForbiddenAddress) {
		t.Errorf("denyPrivate(127.0.0.1:80) = %v, want ErrForbiddenAddress", err)
	}
	if err := denyPrivate("tcp", "[2a00:1450:4001::1]:443", nil); err != nil {
		t.Errorf("denyPrivate(public) = %v, want nil", err)
	}
}
