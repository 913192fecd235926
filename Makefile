# Shorthands for the scripts in scripts/, which do the real work.
.PHONY: report test setup bench templates

report:
	scripts/report

test:
	scripts/test

setup:
	scripts/setup

bench:
	scripts/bench/run

templates:
	scripts/embed-templates
