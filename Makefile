# Two entry points for a new machine (see README): `make run` and `make test`.
# Both install what they need first: Debian system libraries for Qt (when apt is there),
# then a virtual environment in .venv with the project installed in editable mode.
VENV ?= .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test system-deps venv forms translations bench

system-deps:
	@if command -v apt-get >/dev/null 2>&1; then \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    $$(grep -v '^#' .ci/debian-packages.txt) >/dev/null; \
	else echo "apt-get not found: install the Qt runtime libraries listed in .ci/debian-packages.txt yourself"; fi

$(PY):
	python3 -m venv $(VENV)

venv: $(PY)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'

run: system-deps venv
	$(VENV)/bin/djdesk

test: system-deps venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# Regenerate djdesk/ui/forms/ui_*.py from forms/*.ui (a test checks they are current).
forms:
	$(PY) -m djdesk.ui.build_forms

# Refresh resources/translations/djdesk_en.ts from the code and compile the .qm (a test checks both).
translations:
	$(PY) -m djdesk.ui.build_translations

bench: venv
	$(PY) benchmarks/run.py

# The PyInstaller one-folder bundle for this OS in dist/djdesk/ (and on Windows, with Inno Setup 6
# installed, dist/djdesk-<version>-setup.exe). See README "For maintainers".
.PHONY: bundle
bundle: system-deps venv
	$(PY) installer/build.py
