// @verticals/data: public datasets in their original formats, their synthetic twins, fetch and provenance.

// --- loaders, data directory, provenance
export {};

// --- synthetic generators and fetch
