# ThiDua — the verbs. `make` alone lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
SCALE ?= 1

.PHONY: help run test bench lint fmt clean backend-test frontend-test e2e reliability backup restore soak

help: ## list the targets
	@echo "ThiDua — make targets:"
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z0-9-]+):.*## (.*)/\1\t\2/' | \
	  awk -F'\t' '{ printf "  make %-14s %s\n", $$1, $$2 }'
	@echo
	@echo "Database: DB_HOST DB_PORT DB_USER DB_PASSWORD (default root@127.0.0.1:3306, no password);"
	@echo "          scripts/db.sh private starts a private MariaDB under data/mariadb on port 3307."

run: ## start database, backend (:8080, demo data) and SPA dev server (:5173); Ctrl-C stops them
	@bash scripts/run.sh

test: ## every check: contract lint, backend, frontend, e2e, bench smoke, reliability (what CI runs)
	@bash scripts/test.sh

bench: ## load and scale benchmark: make bench SCALE=1
	@if [ -f bench/run.sh ]; then SCALE=$(SCALE) bash bench/run.sh; \
	  else echo "bench/run.sh is not there yet: nothing to run"; fi

backup: ## dump of the app database + its attachment folder into data/backups/thidua-<UTC time>.tar.gz
	@bash scripts/backup.sh

restore: ## restore a backup: make restore FILE=data/backups/thidua-....tar.gz (asks first unless CI=true or FORCE=1)
	@FILE="$(FILE)" bash scripts/restore.sh

soak: ## the long fault runs: database stopped 20 s under load, backend SIGKILLed under load (private MariaDB :3317)
	@mkdir -p target && rm -f target/reliability-soak.txt
	@RELIABILITY_OUT=target/reliability-soak.txt bash scripts/reliability/soak.sh; rc=$$?; \
	  [ ! -s target/reliability-soak.txt ] || bash scripts/reliability/summary.sh target/reliability-soak.txt \
	    reliability-soak "ThiDua soak: faults under load (make soak)"; exit $$rc

lint: ## Spectral on openapi.yaml, TypeScript typecheck
	@source scripts/lib.sh && spectral_lint
	@source scripts/lib.sh && npm_deps frontend && cd frontend && npm run --silent typecheck

fmt: ## format the frontend with Prettier when the project has it (no formatter is set up otherwise)
	@if [ -x frontend/node_modules/.bin/prettier ]; then cd frontend && node_modules/.bin/prettier --write --log-level warn .; \
	  else echo "fmt: no formatter is configured yet (add prettier to frontend/ to enable it); nothing done"; fi

clean: ## remove build output (backend/target, frontend/dist, target); stops nothing, keeps data/
	rm -rf backend/target frontend/dist target

backend-test: ## backend tests only (mvnw verify against the real database)
	@bash scripts/test.sh setup backend

frontend-test: ## frontend checks only (check:api, typecheck, unit tests, build)
	@bash scripts/test.sh frontend

reliability: ## the reliability stage only: two instances on one database, backup round trip, summary table
	@bash scripts/test.sh setup reliability

e2e: ## end-to-end journeys only (builds jar and SPA, fresh thidua_e2e database)
	@bash scripts/test.sh setup e2e
