# POT Seguimiento: every target installs what it needs (Debian 12).
SHELL := /bin/bash
SYS_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build/pot_seguimiento
WHEELS := build/wheels
STAMPS := build/.stamps
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := python3-qgis qgis qgis-providers xvfb python3-venv python3-dev libgeos-dev zip unzip \
	qttools5-dev-tools poppler-utils
# The QGIS settings folder (QGIS_CUSTOM_CONFIG_PATH); its profile "default" gets the plugin.
QGIS_CONFIG ?= $(HOME)/.local/share/QGIS/QGIS3
PROFILE := $(QGIS_CONFIG)/profiles/default
QGIS_PROCESS := QT_QPA_PLATFORM=offscreen QGIS_CUSTOM_CONFIG_PATH=$(abspath $(QGIS_CONFIG)) /usr/bin/qgis_process.bin
DEMO_CONFIG := build/qgis-config
LOTS ?= 20000

.PHONY: all setup build package install demo test bench translations clean

all: package

$(STAMPS)/apt:
	@mkdir -p $(STAMPS)
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
		$(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $(APT_PACKAGES); fi
	@touch $@

$(STAMPS)/venv: $(STAMPS)/apt requirements.txt requirements-dev.txt
	$(SYS_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip wheel --quiet --no-deps --no-binary shapely -r requirements.txt -w $(WHEELS)
	$(PY) -m pip install --quiet --no-index --find-links $(WHEELS) -r requirements.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

setup: $(STAMPS)/venv

translations: $(STAMPS)/apt
	@mkdir -p $(BUILD)/i18n
	lrelease -silent i18n/pot_seguimiento_es.ts -qm $(BUILD)/i18n/pot_seguimiento_es.qm

# The plugin folder exactly as users get it.
build: $(STAMPS)/apt
	@rm -rf $(BUILD) && mkdir -p $(BUILD)
	cp -r pot_seguimiento/. $(BUILD)/
	cp -r resources metadata.txt LICENSE $(BUILD)/
	find $(BUILD) -name __pycache__ -prune -exec rm -rf {} +
	@$(MAKE) --no-print-directory translations

package: build
	@mkdir -p dist && rm -f dist/pot_seguimiento.zip
	cd build && zip -qr ../dist/pot_seguimiento.zip pot_seguimiento
	@echo "Plugin package: dist/pot_seguimiento.zip"

# Plugin + its Python dependencies into the QGIS profile, enabled for QGIS and qgis_process.
install: package setup
	rm -rf $(PROFILE)/python/plugins/pot_seguimiento
	mkdir -p $(PROFILE)/python/plugins
	cd $(PROFILE)/python/plugins && unzip -q $(abspath dist/pot_seguimiento.zip)
	$(PY) -m pip install --quiet --no-deps --no-index --find-links $(WHEELS) --upgrade \
		--target $(PROFILE)/python/pot_seguimiento_deps -r requirements.txt
	$(QGIS_PROCESS) plugins enable pot_seguimiento 2>/dev/null | grep -i pot_seguimiento || true
	@echo "Installed in $(PROFILE)"

demo:
	@$(MAKE) --no-print-directory install QGIS_CONFIG=$(DEMO_CONFIG)
	@mkdir -p out && rm -f out/demo_expediente.gpkg
	$(QGIS_PROCESS_DEMO) run pot_seguimiento:generate_demo -- OUTPUT=$(abspath out/demo_expediente.gpkg) LOTS=$(LOTS) SEED=42
	@echo "Demo expediente: $(abspath out/demo_expediente.gpkg)"

test: setup build
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests

clean:
	rm -rf build dist out $(VENV)

QGIS_PROCESS_DEMO := QT_QPA_PLATFORM=offscreen QGIS_CUSTOM_CONFIG_PATH=$(abspath $(DEMO_CONFIG)) /usr/bin/qgis_process.bin
