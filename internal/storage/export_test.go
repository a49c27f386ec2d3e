package storage

// NewTestStore opens a store on the suite's backend for the package's
// external tests (see newStore).
var NewTestStore = newStore
