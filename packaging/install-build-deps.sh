#!/usr/bin/env bash
# Installs everything needed to build, run and test patient-kiosk on a fresh
# Debian 12 (bookworm) machine. Safe to run again. Uses sudo when not root.
set -euo pipefail

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools
    libqt6sql6-sqlite               # Qt SQL's SQLite driver: the reading statistics and their tests
    qt6-webengine-dev qt6-webengine-dev-tools
    qt6-svg-dev                     # Qt SVG draws the topic icons
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libgl-dev
    libmd4c-html0-dev libmd4c-dev   # Markdown (CommonMark) to HTML
    libyaml-cpp-dev                 # YAML front matter
    libsystemd-dev                  # sd_notify (watchdog/readiness) and sd_journal_send (native journal logging)
    libqrencode-dev                 # QR codes: "Read this on your phone", "My questions" (libqrencode4 at run time, via shlibdeps)
    zbar-tools                      # zbarimg: the tests decode the kiosk's QR codes with a real decoder
    fonts-dejavu-core               # the kiosk's typeface, also for headless rendering
    diction                         # readability test (GNU style)
    xvfb xauth                      # optional: a real X server for headless runs
    # Packaging and its tests (ctest -L packaging):
    dpkg-dev file                   # cpack -G DEB: dpkg-shlibdeps, dpkg-deb; file finds ELF files
    lintian                         # the .deb's policy check
    librsvg2-bin                    # rsvg-convert renders the PNG icons from the SVG
    desktop-file-utils appstream    # desktop-file-validate, appstreamcli validate
    systemd procps man-db           # systemd-analyze verify, systemctl --root, sysusers/tmpfiles; sysctl; man
    cage xwayland xinit             # the units' ExecStart programs must exist for systemd-analyze verify
    ansible-core                    # ansible-playbook --syntax-check of packaging/ansible/kiosks.yml
    prometheus                      # promtool: the alert rules and the health metrics (packaging.prometheus, tst_fleethealth)
    qt6-speech-dev                  # Qt TextToSpeech for read-aloud
    qt6-speech-speechd-plugin       # its speech-dispatcher engine: the read-aloud freeze test drives it
    speech-dispatcher speech-dispatcher-espeak-ng   # the real speech service tst_speechlog starts (skipped without it)
    clang-format clang-tidy         # the check_format and clang_tidy tests (style is part of CI)
)

run() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

export DEBIAN_FRONTEND=noninteractive
run apt-get update
run apt-get install -y --no-install-recommends "${packages[@]}"

# axe-core (npm) checks the article pages against WCAG 2.0/2.1 A and AA in
# the accessibility test, and vnu-jar (the Nu Html Checker) checks the
# exported HTML; both go into the checkout's .tools/ (git-ignored).
if ! command -v npm >/dev/null 2>&1; then
    run apt-get install -y --no-install-recommends nodejs npm
fi
repo_root=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v java >/dev/null 2>&1; then
    run apt-get install -y --no-install-recommends default-jre-headless # runs the Nu Html Checker
fi
npm install --no-audit --no-fund --prefix "$repo_root/.tools" axe-core@4 vnu-jar
