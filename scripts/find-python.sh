#!/bin/sh
# Print the path of a Python 3.10 interpreter, or explain what to install.
# Order: $PYTHON, python3.10 on PATH, pyenv, ~/.pyenv/versions/3.10.*.
set -u
is310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; }
for cand in "${PYTHON:-}" "$(command -v python3.10 2>/dev/null)"; do
  if [ -n "$cand" ] && is310 "$cand"; then echo "$cand"; exit 0; fi
done
if command -v pyenv >/dev/null 2>&1; then
  for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.|$)' | sort -t. -k3 -n -r); do
    cand="$(pyenv root)/versions/$v/bin/python"
    if is310 "$cand"; then echo "$cand"; exit 0; fi
  done
fi
for cand in "$HOME"/.pyenv/versions/3.10.*/bin/python; do
  if [ -x "$cand" ] && is310 "$cand"; then echo "$cand"; exit 0; fi
done
echo "Stapsteen needs Python 3.10 (Rasa 3.6 does not run on 3.11 or newer)." >&2
echo "Install it, for example: 'sudo apt install python3.10 python3.10-venv'" >&2
echo "or 'pyenv install 3.10', or point PYTHON=/path/to/python3.10 at one." >&2
exit 1
