"""Case proposals from practitioners: the public form, its checks, and the draft it becomes."""
