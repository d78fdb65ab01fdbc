#!/bin/bash
# The bundle as an office IT person tries it, on a screen of its own (docs/bundle.png):
#   xvfb-run -a -s "-screen 0 1366x870x24" packaging/screenshot.sh
# Needs xdotool, xwd and ImageMagick (apt-get install xdotool x11-apps imagemagick).
# A demo office in an empty HOME, operator1 signs in at Loket 1, F2 takes the next card, F5
# records it printed, F2 takes the next; the screen is saved, then the stock shows the print.
set -eu
B="$(cd "$(dirname "$0")/.." && pwd)/dist/ektp-desk"
OUT="$(cd "$(dirname "$0")/.." && pwd)/docs/bundle.png"
HOME="$(mktemp -d)" PATH=/usr/bin:/bin LANG=C.UTF-8
export HOME PATH LANG
unset PYTHONPATH VIRTUAL_ENV
"$B/ektp-desk-cli" demo --records 2000 | tail -3
echo 1234 | "$B/ektp-desk" gui --user operator1 --password-stdin --station "Loket 1" &
APP=$!
sleep 12
xdotool mousemove 350 48 click 1; sleep 1
xdotool key F2; sleep 2; xdotool key F5; sleep 3; xdotool key F2; sleep 3
xwd -root -silent | convert xwd:- -crop 1280x800+0+0 +repage "$OUT"
kill "$APP"; wait "$APP" || true
"$B/ektp-desk-cli" stock
echo "$OUT"
