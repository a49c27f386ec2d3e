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
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
