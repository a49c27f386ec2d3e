package fetch

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
)

// ErrForbiddenAddress is returned, wrapped, when a fetch would connect to an
// address that Options.DenyPrivate forbids.
var ErrForbiddenAddress = errors.New("address not allowed")

// forbidden reports why addr may not be reached by a server that fetches
// URLs its users give it, or "" when it may: loopback, private (RFC 1918,
// RFC 4193), link-local, carrier-grade NAT, unspecified, multicast and
// IPv4-mapped forms of these are internal.
func forbidden(addr netip.Addr) string {
	addr = addr.Unmap()
	switch {
	case addr.IsLoopback():
		return "loopback"
	case addr.IsPrivate():
		return "private"
	case addr.IsLinkLocalUnicast(), addr.IsLinkLocalMulticast():
		return "link-local"
	case addr.IsUnspecified():
		return "unspecified"
	case addr.IsMulticast(), addr.IsInterfaceLocalMulticast():
		return "multicast"
	case cgnat.Contains(addr):
		return "shared (carrier-grade NAT)"
	case addr.Is4() && addr.As4()[0] == 0:
		return "this-network"
	}
	return ""
}

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// denyPrivate is a net.Dialer Control function that refuses connections to
// internal addresses. It runs after name resolution, on the address really
// dialled, so neither a DNS name that resolves to 127.0.0.1 nor a redirect
// to one gets through.
func denyPrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot read %q", ErrForbiddenAddress, address)
	}
	if why := forbidden(ap.Addr()); why != "" {
		return fmt.Errorf("%w: %s is a %s address", ErrForbiddenAddress, ap.Addr(), why)
	}
	return nil
}

// CheckHost reports an error when host is an IP literal of an internal
// address (see forbidden): a quick check before any request is made. Names
// are checked when they are dialled.
func CheckHost(host string) error {
	if a, err := netip.ParseAddr(host); err == nil {
		if why := forbidden(a); why != "" {
			return fmt.Errorf("%w: %s is a %s address", ErrForbiddenAddress, a, why)
		}
	}
	if host == "localhost" || net.ParseIP(host) == nil && hasSuffixFold(host, ".localhost") {
		return fmt.Errorf("%w: %s is a loopback name", ErrForbiddenAddress, host)
	}
	return nil
}

func hasSuffixFold(s, suffix string) bool {
	if len(s) < len(suffix) {
		return false
	}
	tail := s[len(s)-len(suffix):]
	for i := range len(suffix) {
		a, b := tail[i], suffix[i]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}
