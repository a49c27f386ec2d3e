package cli

import "context"

func runExtract(ctx context.Context, e *env, args []string) error { return nil }
func runIngest(ctx context.Context, e *env, args []string) error  { return nil }
func runSearch(ctx context.Context, e *env, args []string) error  { return nil }
func runList(ctx context.Context, e *env, args []string) error    { return nil }
func runShow(ctx context.Context, e *env, args []string) error    { return nil }
func runDemo(ctx context.Context, e *env, args []string) error    { return nil }
