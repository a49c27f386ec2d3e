// Package samples embeds the demo inputs that ship with marsad: a text dump
// of an Arabic news report (Independent Arabia, the Putin–Aliyev meeting in
// Dushanbe) captured with its page debris, and an Arabic news page written
// for marsad's tests in the shape of a real one.
package samples

import "embed"

// FS holds the sample files.
//
//go:embed *.txt *.html
var FS embed.FS
