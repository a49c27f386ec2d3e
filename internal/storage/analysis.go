package storage

import (
	"context"
	"fmt"

	"github.com/marsad/marsad/internal/model"
)

// ArticleAnalysis returns the stored analysis of article id: its entities
// with their mentions, quotations, amounts, dates and events, each in text
// order (entities most-mentioned first), offsets in code points of the
// article's text. Layers with nothing stored are empty lists.
func (s *Store) ArticleAnalysis(ctx context.Context, id int64) (*model.Analysis, error) {
	a, err := s.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	an := model.NewAnalysis(a.Lang)
	if an.Entities, err = s.ArticleEntities(ctx, id); err != nil {
		return nil, err
	}
	if an.Entities == nil {
		an.Entities = []model.Entity{}
	}
	wrap := func(what string, err error) error { return fmt.Errorf("storage: %s of article %d: %w", what, id, err) }

	rows, err := s.db.QueryContext(ctx, `SELECT start, "end", coalesce(speaker_id, ''), speaker, text, cue, kind
		FROM quotes WHERE article_id = ? ORDER BY start, "end"`, id)
	if err != nil {
		return nil, wrap("quotations", err)
	}
	for rows.Next() {
		var q model.Quote
		var sid, name string
		if err := rows.Scan(&q.Start, &q.End, &sid, &name, &q.Text, &q.Cue, &q.Kind); err != nil {
			rows.Close()
			return nil, wrap("quotations", err)
		}
		if sid != "" || name != "" {
			q.Speaker = &model.Speaker{ID: sid, Name: name}
		}
		an.Quotes = append(an.Quotes, q)
	}
	rows.Close()

	rows, err = s.db.QueryContext(ctx, `SELECT start, "end", value, unit, kind, direction, approx, object, period, text
		FROM amounts WHERE article_id = ? ORDER BY start, "end"`, id)
	if err != nil {
		return nil, wrap("amounts", err)
	}
	for rows.Next() {
		var m model.Amount
		var approx int
		if err := rows.Scan(&m.Start, &m.End, &m.Value, &m.Unit, &m.Kind, &m.Direction, &approx, &m.Object, &m.Period, &m.Text); err != nil {
			rows.Close()
			return nil, wrap("amounts", err)
		}
		m.Approx = approx != 0
		an.Amounts = append(an.Amounts, m)
	}
	rows.Close()

	rows, err = s.db.QueryContext(ctx, `SELECT start, "end", value, precision, text FROM dates WHERE article_id = ? ORDER BY start, "end"`, id)
	if err != nil {
		return nil, wrap("dates", err)
	}
	for rows.Next() {
		var d model.Date
		if err := rows.Scan(&d.Start, &d.End, &d.Value, &d.Precision, &d.Text); err != nil {
			rows.Close()
			return nil, wrap("dates", err)
		}
		an.Dates = append(an.Dates, d)
	}
	rows.Close()

	rows, err = s.db.QueryContext(ctx, `SELECT start, "end", type, cameo, actor_id, actor, recipient_id, recipient, date,
			place_id, place, trigger, text
		FROM events WHERE article_id = ? ORDER BY start, type, actor_id, recipient_id`, id)
	if err != nil {
		return nil, wrap("events", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e model.Event
		var aid, aname, rid, rname, pid, pname string
		if err := rows.Scan(&e.Start, &e.End, &e.Type, &e.Cameo, &aid, &aname, &rid, &rname, &e.Date, &pid, &pname, &e.Trigger, &e.Text); err != nil {
			return nil, wrap("events", err)
		}
		e.Actor = &model.Ref{ID: aid, Name: aname}
		if rid != "" {
			e.Recipient = &model.Ref{ID: rid, Name: rname}
		}
		if pid != "" {
			e.Place = &model.Ref{ID: pid, Name: pname}
		}
		an.Events = append(an.Events, e)
	}
	return an, rows.Err()
}
