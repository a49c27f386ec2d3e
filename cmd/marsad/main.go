// Command marsad is an Arabic-first news-intelligence engine: it reads news
// pages, extracts the articles, stores them and finds them again.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/marsad/marsad/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C asks the command to stop cleanly; restoring the
	// default handling then lets a second one end the process at once.
	go func() { <-ctx.Done(); stop() }()
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
