"""Built-in evaluations (`dateline eval time|actors|events`) against shared benchmarks."""
