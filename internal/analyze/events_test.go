package analyze

import (
	"context"
	"testing"
)

// TestEventRefText checks that an event's arguments carry the mention
// that names them as written, beside the entity's name.
func TestEventRefText(t *testing.T) {
	an, err := newAnalyzer(t).Analyze(context.Background(), "Israeli troops shelled Lebanon on Monday.", "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(an.Events) == 0 {
		t.Fatal("got no event, want ASSAULT Israel -> Lebanon")
	}
	ev := an.Events[0]
	if ev.Actor == nil || ev.Actor.Text != "Israeli troops" {
		t.Errorf("got actor %+v, want the mention Israeli troops", ev.Actor)
	}
	if ev.Recipient == nil || ev.Recipient.Text != "Lebanon" {
		t.Errorf("got recipient %+v, want the mention Lebanon", ev.Recipient)
	}
}
