# SPDX-License-Identifier: MIT
# A thin wrapper over CMake: `make run` and `make test` each install what is missing, build, then run or test.

PRESET    ?= dev
BUILD_DIR ?= build/$(PRESET)
JOBS      ?= $(shell nproc)
LISTEN    ?= 127.0.0.1:8080

# Every Debian package the project needs to build, run, test and benchmark. The one list.
DEB_PACKAGES := \
	build-essential cmake ninja-build ccache pkg-config git curl ca-certificates openssl \
	qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins \
	libqt6sql6-sqlite qtkeychain-qt6-dev \
	libpq-dev postgresql postgresql-contrib \
	libhttp-parser-dev liburing-dev libssl-dev libcrypt-dev zlib1g-dev \
	libgtest-dev libgmock-dev \
	clang-14 libclang-rt-14-dev \
	gnome-keyring dbus dbus-x11 libsecret-1-0 libsecret-tools xvfb fonts-dejavu-core \
	wrk nginx-light poppler-utils

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps configure build run test bench clean

all: build

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

configure: deps
	@[ -f $(BUILD_DIR)/build.ninja ] || cmake --preset $(PRESET)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Starts the server on its embedded PostgreSQL with a demo admin, fills an empty catalog from the demo
# data set once, then starts the desktop app. Without a display the server keeps running in the foreground
# until Ctrl+C.
DEMO_ADMIN_EMAIL    ?= admin@backroom.test
DEMO_ADMIN_PASSWORD  = build/demo-admin-password
DEMO_RETAIL_DATA     = resources/demo/online-retail-2010-12.csv.gz

run: build
	@[ -s $(DEMO_ADMIN_PASSWORD) ] || (umask 077; head -c 15 /dev/urandom | base64 > $(DEMO_ADMIN_PASSWORD)); \
	BACKROOM_ADMIN_EMAIL=$(DEMO_ADMIN_EMAIL) BACKROOM_ADMIN_PASSWORD="$$(cat $(DEMO_ADMIN_PASSWORD))" \
		$(BUILD_DIR)/server/backroom-server serve --listen $(LISTEN) & server=$$!; \
	trap 'kill $$server 2>/dev/null; wait $$server' EXIT INT TERM; \
	for i in $$(seq 1 120); do curl -fsS http://$(LISTEN)/readyz >/dev/null 2>&1 && break; \
		kill -0 $$server 2>/dev/null || exit 1; sleep 0.5; done; \
	$(BUILD_DIR)/server/backroom-server import-retail --if-empty --show 0 $(DEMO_RETAIL_DATA) \
		|| echo "The demo catalog could not be imported; the server runs without it."; \
	if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BUILD_DIR)/app/backroom --server http://$(LISTEN); \
	else \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the desktop app was not started."; \
		echo "The server keeps running at http://$(LISTEN) - try: curl http://$(LISTEN)/readyz"; \
		echo "Demo login (created on first start if no admin exists): $(DEMO_ADMIN_EMAIL), password in $(DEMO_ADMIN_PASSWORD)"; \
		echo "Screenshots of the desktop without a display: $(BUILD_DIR)/app/backroom --screenshots /tmp/backroom-shots"; \
		echo "Press Ctrl+C to stop."; \
		wait $$server; \
	fi

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) -j $(JOBS) --output-on-failure --timeout 600

bench: deps
	tests/bench/run

clean:
	rm -rf build
