#!/bin/bash
# The Prometheus files the package ships, checked with Prometheus's own tool:
# the alert rules (promtool check rules), the scrape job (check config), and
# a metrics file written by the kiosk's real formatter and writer
# (tst_healthmetrics with KIOSK_METRICS_SAMPLE; check metrics, which also
# lints names, HELP and TYPE).
#   prometheus.sh PROMTOOL RULES SCRAPE_JOB TST_HEALTHMETRICS WORKDIR
set -euo pipefail
promtool=$1 rules=$2 scrape=$3 sampler=$4 work=$5

rm -rf "$work" && mkdir -p "$work"
"$promtool" check rules "$rules"
"$promtool" check config --syntax-only "$scrape"

sample="$work/patient-kiosk.prom"
QT_QPA_PLATFORM=offscreen KIOSK_METRICS_SAMPLE="$sample" "$sampler"
grep -q '^patient_kiosk_up 1$' "$sample" || { echo "no patient_kiosk_up in $sample"; exit 1; }
# promtool check metrics prints lint problems and exits non-zero on any.
"$promtool" check metrics < "$sample"
echo "promtool accepts the rules, the scrape job and $(grep -c '^patient_kiosk_' "$sample") sample lines"
