#!/bin/sh
# Restarts this worktree's preview server on 5202 (by its recorded pid).
cd /work/wt-editor
[ -f /tmp/editor-preview.pid ] && kill "$(cat /tmp/editor-preview.pid)" 2>/dev/null
sleep 1
./node_modules/.bin/vite preview --port 5202 --strictPort --host 127.0.0.1 > /tmp/editor-preview.log 2>&1 &
echo $! > /tmp/editor-preview.pid
for i in 1 2 3 4 5 6 7 8 9 10; do sleep 1; grep -q Local /tmp/editor-preview.log && break; done
