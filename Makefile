# POT Seguimiento: every target installs what it needs (Debian 12).
SHELL := /bin/bash
SYS_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build/pot_seguimiento
WHEELS := build/wheels
STAMPS := build/.stamps
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# python3-scipy: the services observatory's distances along the streets (csgraph); Debian 12 and 13 pull it in with
# QGIS's own dependencies, sid's QGIS does not.
APT_PACKAGES := python3-qgis qgis qgis-providers xvfb python3-venv python3-dev gcc libgeos-dev zip unzip \
	qttools5-dev-tools poppler-utils postgresql postgis chromium chromium-driver python3-scipy
# The QGIS settings folder (QGIS_CUSTOM_CONFIG_PATH); its profile "default" gets the plugin.
QGIS_CONFIG ?= $(HOME)/.local/share/QGIS/QGIS3
PROFILE := $(QGIS_CONFIG)/profiles/default
# Debian's /usr/bin/qgis_process wrapper is broken in 3.22 ("--noversioncheck not known").
qgis_process = QT_QPA_PLATFORM=offscreen QGIS_CUSTOM_CONFIG_PATH=$(abspath $(1)) LANG=$(LANG_UI) /usr/bin/qgis_process.bin
LANG_UI ?= es_CO.UTF-8
DEMO_CONFIG := build/qgis-config
LOTS ?= 20000

.PHONY: all setup build package install demo demo-bogota test test-qgis bench translations clean

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

SOURCES := $(shell find pot_seguimiento resources i18n -type f -not -path '*/__pycache__/*') metadata.txt LICENSE

# The minisite's web libraries, from npm at build time (web/package-lock.json pins them).
$(STAMPS)/web: web/package.json web/package-lock.json
	@mkdir -p $(STAMPS)
	@if [ ! -f web/node_modules/.package-lock.json ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then \
		command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y npm; }; \
		cd web && npm ci --no-audit --no-fund --silent; fi
	@touch $@

# The plugin folder exactly as users get it, with its compiled translations and vendored web libraries.
$(BUILD)/metadata.txt: $(SOURCES) $(STAMPS)/apt $(STAMPS)/web
	@rm -rf $(BUILD) && mkdir -p $(BUILD)/i18n
	cp -r pot_seguimiento/. $(BUILD)/
	cp -r resources LICENSE $(BUILD)/
	mkdir -p $(BUILD)/resources/web/vendor
	cp web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css \
		web/node_modules/chart.js/dist/chart.umd.js $(BUILD)/resources/web/vendor/
	cp web/node_modules/leaflet/LICENSE $(BUILD)/resources/web/vendor/LICENSE-leaflet.txt
	cp web/node_modules/chart.js/LICENSE.md $(BUILD)/resources/web/vendor/LICENSE-chartjs.md
	find $(BUILD) -name __pycache__ -prune -exec rm -rf {} +
	lrelease -silent i18n/pot_seguimiento_es.ts -qm $(BUILD)/i18n/pot_seguimiento_es.qm
	cp metadata.txt $(BUILD)/metadata.txt

build: $(BUILD)/metadata.txt

dist/pot_seguimiento.zip: $(BUILD)/metadata.txt
	@mkdir -p dist && rm -f $@
	cd build && zip -qr ../$@ pot_seguimiento

package: dist/pot_seguimiento.zip
	@echo "Plugin package: $(abspath dist/pot_seguimiento.zip)"

translations:
	$(SYS_PYTHON) scripts/translations.py

# Plugin + its Python dependencies into the QGIS profile, enabled for QGIS and qgis_process.
install: dist/pot_seguimiento.zip $(STAMPS)/venv
	rm -rf $(PROFILE)/python/plugins/pot_seguimiento
	mkdir -p $(PROFILE)/python/plugins
	cd $(PROFILE)/python/plugins && unzip -q $(abspath dist/pot_seguimiento.zip)
	$(PY) -m pip install --quiet --no-deps --no-index --find-links $(WHEELS) --upgrade \
		--target $(PROFILE)/python/pot_seguimiento_deps -r requirements.txt
	$(call qgis_process,$(QGIS_CONFIG)) plugins enable pot_seguimiento >/dev/null 2>&1 || true  # exits 1 when already enabled
	@$(call qgis_process,$(QGIS_CONFIG)) plugins 2>/dev/null | grep -q '^\* pot_seguimiento' \
		|| { echo "pot_seguimiento did not load in qgis_process"; exit 1; }
	@echo "Installed and enabled in $(PROFILE)"

# The observatory of social services (issue 22) for the demo's last semester: its section in the expediente PDF.
comma := ,
DEMO_SERVICES := $(subst $() ,$(comma),$(foreach s,educacion salud bienestar cuidado,$(foreach p,oferta_demanda \
	accesibilidad deficit poblacion_sin_servicio uso_capacidad,$(p)_$(s))))
demo:
	@$(MAKE) --no-print-directory install QGIS_CONFIG=$(DEMO_CONFIG)
	@mkdir -p out && rm -rf out/demo_expediente.gpkg out/demo_expediente_evidencias out/demo_expediente_archivo out/paquete_campo_demo.zip \
		out/paquete_patrimonio_demo.zip
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:generate_demo -- OUTPUT=$(abspath out/demo_expediente.gpkg) LOTS=$(LOTS) SEED=42
	for period in 2024 2025; do $(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:compute_indicators -- \
		EXPEDIENTE=$(abspath out/demo_expediente.gpkg) PERIOD=$$period LEVEL=localidad OUTPUT=TEMPORARY_OUTPUT \
		>/dev/null || exit 1; done
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:compute_indicators -- \
		EXPEDIENTE=$(abspath out/demo_expediente.gpkg) PERIOD=2025-S2 LEVEL=localidad OUTPUT=TEMPORARY_OUTPUT \
		INDICATORS=$(DEMO_SERVICES) >/dev/null
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:evaluate_projects -- \
		EXPEDIENTE=$(abspath out/demo_expediente.gpkg) CUTOFF_DATE=2025-12-31 OUTPUT=TEMPORARY_OUTPUT >/dev/null
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:export_expediente -- \
		EXPEDIENTE=$(abspath out/demo_expediente.gpkg) PERIOD=2025-S2 LEVEL=localidad OVERWRITE=true \
		OUTPUT=$(abspath out/expediente_demo_2025-S2.pdf) | tail -3
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:export_participation_report -- \
		EXPEDIENTE=$(abspath out/demo_expediente.gpkg) PERIOD=2025 LEVEL=localidad OVERWRITE=true \
		OUTPUT=$(abspath out/informe_participacion_demo_2025.pdf) | tail -3
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:export_field_package -- \
		EXPEDIENTE=$(abspath out/demo_expediente.gpkg) INSPECTOR="Inspectora de la demo" \
		ALERTS='"estado" = '"'"'priorizada'"'"' AND "prioridad" >= 80' OUTPUT=$(abspath out/paquete_campo_demo.zip) | tail -2
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:export_field_package -- \
		EXPEDIENTE=$(abspath out/demo_expediente.gpkg) KIND=patrimonio INSPECTOR="Arquitecta de patrimonio de la demo" \
		ASSETS='"ambito" IN ('"'"'nacional'"'"', '"'"'departamental'"'"')' OUTPUT=$(abspath out/paquete_patrimonio_demo.zip) | tail -2
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:export_informe_concejo -- \
		EXPEDIENTE=$(abspath out/demo_expediente.gpkg) YEAR=2025 OVERWRITE=true \
		OUTPUT=$(abspath out/informe_concejo_demo_2025.pdf) | tail -3
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:export_minisitio -- \
		EXPEDIENTE=$(abspath out/demo_expediente.gpkg) PERIOD=2025-S2 LEVEL=localidad OVERWRITE=true \
		PDF=$(abspath out/expediente_demo_2025-S2.pdf) OUTPUT=$(abspath out/minisitio) | tail -2
	@echo "Demo expediente: $(abspath out/demo_expediente.gpkg)"
	@echo "Its expediente PDF: $(abspath out/expediente_demo_2025-S2.pdf)"
	@echo "A field package for QField: $(abspath out/paquete_campo_demo.zip)"
	@echo "A heritage inspection package for QField: $(abspath out/paquete_patrimonio_demo.zip)"
	@echo "The report to the Concejo: $(abspath out/informe_concejo_demo_2025.pdf) and .docx"
	@echo "Its participation report: $(abspath out/informe_participacion_demo_2025.pdf)"
	@echo "The POT minisite (serve the folder, e.g. python3 -m http.server -d out/minisitio): $(abspath out/minisitio)"

# Real Bogotá D.C. from the public layers in ../shared/data/bogota (see its SOURCES.md; never copied into
# the repository): the expediente a planning office would build with the presets, its indicators for 2024
# by UPZ and by localidad, and its PDFs.
BOGOTA_DATA ?= $(abspath ../shared/data/bogota)
BOGOTA := $(abspath out/bogota_expediente.gpkg)
# POT Decreto 555 de 2021: the áreas de actividad where housing is the main use; UPZ population is
# spread over them before distances are measured (coverage, SDG 11.2.1).
BOGOTA_RESIDENTIAL = Área de Actividad de Proximidad*;*Receptora de vivienda de interés social
demo-bogota:
	@[ -f $(BOGOTA_DATA)/upz.geojson ] || { echo "The real Bogotá layers are not in $(BOGOTA_DATA)"; \
		echo "(put the shared data folder beside the repository, or run make demo-bogota BOGOTA_DATA=/path/to/bogota)"; exit 1; }
	@$(MAKE) --no-print-directory install QGIS_CONFIG=$(DEMO_CONFIG)
	@mkdir -p out && rm -f $(BOGOTA)
	$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:create_expediente -- \
		OUTPUT=$(BOGOTA) CRS=EPSG:9377 MUNICIPALITY="Bogotá D.C." DANE_CODE=11001 | tail -1
	for layer in localidades:bogota_localidades upz:bogota_upz colegios:bogota_colegios \
			transporte:bogota_transmilenio area_actividad_pot.zip:bogota_areas_actividad; do \
		file=$${layer%%:*}; preset=$${layer##*:}; case $$file in *.zip) ;; *) file=$$file.geojson;; esac; \
		$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:import_layer -- EXPEDIENTE=$(BOGOTA) \
			INPUT=$(BOGOTA_DATA)/$$file PRESET=$$preset | grep -E '^IMPORTED' || exit 1; done
	@if $(call qgis_process,$(DEMO_CONFIG)) help pot_seguimiento:import_layer 2>/dev/null | grep -q bogota_poblacion_upz; then \
		$(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:import_layer -- EXPEDIENTE=$(BOGOTA) \
			INPUT=$(BOGOTA_DATA)/poblacion_upz_2018_2024.csv PRESET=bogota_poblacion_upz | grep -E '^IMPORTED' || exit 1; \
	else echo "No population: this plugin has no bogota_poblacion_upz preset yet"; fi
	for level in upz localidad; do $(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:compute_indicators -- \
		EXPEDIENTE=$(BOGOTA) PERIOD=2024 LEVEL=$$level OUTPUT=TEMPORARY_OUTPUT \
		RESIDENTIAL_ZONES='$(BOGOTA_RESIDENTIAL)' >/dev/null || exit 1; done
	for level in upz localidad; do $(call qgis_process,$(DEMO_CONFIG)) run pot_seguimiento:export_expediente -- \
		EXPEDIENTE=$(BOGOTA) PERIOD=2024 LEVEL=$$level OVERWRITE=true \
		OUTPUT=$(abspath out)/expediente_bogota_2024$$([ $$level = upz ] || echo _$$level).pdf | tail -1 || exit 1; done
	@echo "Bogotá's expediente: $(BOGOTA)"
	@echo "Its PDF by UPZ: $(abspath out/expediente_bogota_2024.pdf); by localidad: $(abspath out/expediente_bogota_2024_localidad.pdf)"

# PYTEST_ARGS: which tests and how (`make test PYTEST_ARGS="tests/test_plugin.py -x"`); the whole suite by default.
PYTEST_ARGS ?= tests
test: $(STAMPS)/venv dist/pot_seguimiento.zip
	$(PY) -m flake8 pot_seguimiento
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The same suite on another QGIS line, in a Debian chroot with Debian's own QGIS packages
# (3.22 bookworm, 3.40 trixie, 3.44 sid): `make test-qgis QGIS=3.40`; TARGET=demo for the demo;
# PYTEST_ARGS=tests/test_plugin.py for some tests only. Runs on one chroot wait for each other (a lock).
QGIS ?= 3.40
TARGET ?= test
test-qgis:
	PYTEST_ARGS='$(PYTEST_ARGS)' scripts/qgis_chroot.sh $(QGIS) $(TARGET)

clean:
	rm -rf build dist out $(VENV)

# The whole indicator battery at localidad, UPZ and barrio level, two seeds, 100,000 to 1,000,000 lots,
# PostGIS and the QGIS-native way (scripts/bench.py; cities generated once into BENCH_DATA).
# BENCH_ONLY=battery: only the table and the growth curve; BENCH_ONLY=postgis: only PostGIS;
# BENCH_ONLY=ciclo: only run_semiannual_cycle by UPZ on the 1,000,000-lot city (also at the end of the whole run).
BENCH_ONLY ?=
bench: $(STAMPS)/venv dist/pot_seguimiento.zip
	$(PY) scripts/bench.py $(BENCH_ONLY)
