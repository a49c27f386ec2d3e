package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/marsad/marsad/internal/eval"
	"github.com/marsad/marsad/internal/extract"
	"github.com/marsad/marsad/internal/model"
)

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "extract" {
		fmt.Fprintln(e.stderr, "usage: marsad eval extract [flags] DIR...   (eval extract -h lists the flags)")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return flag.ErrHelp
		}
		return errUsage
	}
	fs := newFlags(e, "eval extract", "DIR...")
	verbose := fs.Bool("v", false, "print one line per page")
	workers := fs.Int("workers", 1, "pages extracted at once (0 = one per CPU)")
	dump := fs.String("dump", "", "write each page's extracted text to this folder")
	noFallback := fs.Bool("no-fallback", false, "never run the slower second pass")
	baseline := fs.Bool("baseline", false, "also run go-trafilatura with its fallback on the same pages, for comparison")
	dirs, err := parse(fs, args[1:])
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		fs.Usage()
		return errUsage
	}
	var ex extract.Extractor
	fn := func(html []byte, url string) (*model.Article, error) {
		return ex.Extract(html, extract.Options{URL: url, NoFallback: *noFallback})
	}
	for _, dir := range dirs {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		pages, err := eval.Load(dir)
		if err != nil {
			return fmt.Errorf("%w (the evaluation data lives in ../shared/eval/extraction/*)", err)
		}
		rep, err := eval.RunExtraction(pages, fn, *workers)
		if err != nil {
			return err
		}
		name := filepath.Base(filepath.Clean(dir))
		rep.Print(e.stdout, name, *verbose)
		if *baseline {
			brep, err := eval.RunExtraction(pages, eval.Trafilatura, *workers)
			if err != nil {
				return err
			}
			brep.Print(e.stdout, name+" (go-trafilatura+fallback)", false)
		}
		if *dump != "" {
			if err := os.MkdirAll(*dump, 0o755); err != nil {
				return err
			}
			for _, p := range rep.Pages {
				if p.Got != nil {
					txt := "TITLE: " + p.Got.Title + "\nBYLINE: " + p.Got.Byline + "\nDATE: " + p.Got.Published.String() + "\n\n" + p.Got.Text
					if err := os.WriteFile(filepath.Join(*dump, p.Name+".txt"), []byte(txt), 0o644); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}
