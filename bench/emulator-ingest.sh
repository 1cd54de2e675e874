#!/usr/bin/env bash
# POST /documents throughput of las-emulator with ~1 MB PDFs at concurrency 1, 4 and 8 (median of RUNS runs and
# their spread), beside a baseline measured in the same run: the same curl load against a minimal keep-alive sink
# that reads and discards the body (what the client and loopback can do at most). Then the emulator's peak RSS
# (VmHWM) while it ingests RSS_DOCS such documents, read after 100 and after all of them, against its idle RSS.
# It also prints the emulator's CPU time per document (from /proc) and the SERVER CEILING: its best median
# docs/s over the concurrencies (one event loop serves everything, so no client can get more).
#
# Usage: bench/emulator-ingest.sh [BUILD_DIR]      (or LAS_BUILD_DIR=...; default ./build)
# Env:   REQUESTS=48 (per run; a multiple of 8)  RUNS=3  RSS_DOCS=500  MODE=workers|parallel
#
# Client: curl 7.88. `Expect: 100-continue` is switched off with -H 'Expect:' (curl would otherwise wait up to a
# second for a 100 response on every body over 1 MB). MODE=workers (default) runs N curl processes, each posting
# its share of the requests over one keep-alive connection; MODE=parallel runs one `curl --parallel
# --parallel-max N -K config` (each block ends with `next`). Both print every transfer's status code with
# -w '%{http_code}' and the script fails a run unless all of them are 200.
set -euo pipefail

BUILD_DIR=${1:-${LAS_BUILD_DIR:-build}}
EMULATOR="$BUILD_DIR/emulator/las-emulator"
REQUESTS=${REQUESTS:-48}
RUNS=${RUNS:-3}
RSS_DOCS=${RSS_DOCS:-500}
MODE=${MODE:-workers}
CONCURRENCIES=(1 4 8)

[[ -x "$EMULATOR" ]] || { echo "no las-emulator at $EMULATOR (pass the build dir)" >&2; exit 2; }
for tool in curl python3; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
(( REQUESTS % 8 == 0 )) || { echo "REQUESTS must be a multiple of 8" >&2; exit 2; }

WORK=$(mktemp -d /tmp/emulator-ingest.XXXXXX)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- a valid ~1 MB PDF: one page of text plus an unreferenced 1 MB binary stream, with a correct xref --------------
python3 - "$WORK/document.pdf" <<'EOF'
import os, random, sys
random.seed(1)
page_text = b"BT /F1 12 Tf 72 720 Td (Invoice number: BENCH-0001  Total due: EUR 1.234,50) Tj ET"
blob = bytes(random.getrandbits(8) for _ in range(1024 * 1024 - 1200))
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(page_text) + page_text + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Length %d >>\nstream\n" % len(blob) + blob + b"\nendstream",
]
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for i, body in enumerate(objects, start=1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(out)
EOF
python3 - "$WORK/document.pdf" "$WORK/body.json" <<'EOF'
import base64, json, sys
content = base64.b64encode(open(sys.argv[1], "rb").read()).decode()
open(sys.argv[2], "w").write(json.dumps({"content": content, "contentType": "application/pdf"}))
EOF
PDF_BYTES=$(stat -c %s "$WORK/document.pdf")
BODY_BYTES=$(stat -c %s "$WORK/body.json")

json_field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get(sys.argv[2]) or "")' "$1" "$2"; }
now() { date +%s.%N; }

# --- processes ---------------------------------------------------------------------------------------------------
# Starts las-emulator on port 0 with a fresh data dir; sets EMU_PID, BASE_URL, ADMIN_URL, ADMIN_TOKEN,
# AUTH_HEADERS.
start_emulator() {
    local dir="$WORK/data-$1" line="" i
    mkdir -p "$dir"
    "$EMULATOR" --port 0 --data-dir "$dir" >"$WORK/emulator-$1.out" 2>"$WORK/emulator-$1.err" &
    EMU_PID=$!
    PIDS+=("$EMU_PID")
    for ((i = 0; i < 300; i++)); do
        line=$(head -n 1 "$WORK/emulator-$1.out" 2>/dev/null || true)
        [[ -n "$line" ]] && break
        kill -0 "$EMU_PID" 2>/dev/null || { cat "$WORK/emulator-$1.err" >&2; echo "las-emulator exited" >&2; exit 1; }
        sleep 0.1
    done
    [[ -n "$line" ]] || { echo "las-emulator did not print its start line" >&2; exit 1; }
    BASE_URL=$(json_field "$line" baseUrl)
    ADMIN_URL=$(json_field "$line" adminUrl)
    ADMIN_TOKEN=$(json_field "$line" adminToken)
    local token_url client_id client_secret api_key token
    token_url=$(json_field "$line" tokenUrl)
    client_id=$(json_field "$line" clientId)
    client_secret=$(json_field "$line" clientSecret)
    api_key=$(json_field "$line" apiKey)
    token=$(curl -sS --fail -u "$client_id:$client_secret" -X POST \
        -H 'Content-Type: application/x-www-form-urlencoded' "$token_url?grant_type=client_credentials")
    token=$(json_field "$token" access_token)
    [[ -n "$token" ]] || { echo "no access token" >&2; exit 1; }
    AUTH_HEADERS=(-H "Authorization: Bearer $token")
    [[ -n "$api_key" ]] && AUTH_HEADERS+=(-H "x-api-key: $api_key")
    return 0
}

stop_process() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# The baseline: a keep-alive HTTP/1.1 sink that reads each body fully and answers 200 with a small JSON.
start_sink() {
    cat >"$WORK/sink.py" <<'EOF'
import http.server, sys
class Sink(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall
    def do_POST(self):
        remaining = int(self.headers.get("Content-Length", "0"))
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 1 << 16))
            if not chunk:
                return
            remaining -= len(chunk)
        body = b'{"documentId":"las:document:00000000000000000000000000000000"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sink)
print(server.server_address[1], flush=True)
server.serve_forever()
EOF
    python3 "$WORK/sink.py" >"$WORK/sink.out" 2>"$WORK/sink.err" &
    SINK_PID=$!
    PIDS+=("$SINK_PID")
    local i
    for ((i = 0; i < 100; i++)); do
        [[ -s "$WORK/sink.out" ]] && break
        sleep 0.1
    done
    SINK_URL="http://127.0.0.1:$(head -n 1 "$WORK/sink.out")/documents"
}

# --- load --------------------------------------------------------------------------------------------------------
# post_load URL CONCURRENCY COUNT [curl header args...] -> prints elapsed seconds; exits unless every code is 200.
post_load() {
    local url=$1 conc=$2 count=$3
    shift 3
    local common=(-sS -H 'Expect:' -H 'Content-Type: application/json' "$@" --data-binary "@$WORK/body.json")
    local codes="$WORK/codes" start end w i
    rm -f "$codes".*
    start=$(now)
    if [[ "$MODE" == parallel ]]; then
        # `next` resets every per-transfer option, so each block repeats the headers and the body.
        local cfg="$WORK/parallel.cfg" block="" args=("${common[@]}")
        for ((i = 0; i < ${#args[@]}; i++)); do
            case "${args[i]}" in
            -H) block+="header = \"${args[i + 1]}\""$'\n'; i=$((i + 1)) ;;
            --data-binary) block+="data-binary = \"${args[i + 1]}\""$'\n'; i=$((i + 1)) ;;
            esac
        done
        : >"$cfg"
        # No `next` after the last block: an empty trailing operation makes curl fail ("no URL specified").
        for ((i = 0; i < count; i++)); do
            ((i > 0)) && printf 'next\n' >>"$cfg"
            printf 'url = "%s"\n%soutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' "$url" "$block" >>"$cfg"
        done
        curl --parallel --parallel-max "$conc" -sS -K "$cfg" >"$codes.0" 2>>"$WORK/curl.err" || true
    else
        local worker_pids=()
        for ((w = 0; w < conc; w++)); do
            local targets=() per=$((count / conc + (w < count % conc ? 1 : 0)))
            ((per > 0)) || continue
            for ((i = 0; i < per; i++)); do targets+=(-o /dev/null "$url"); done
            curl "${common[@]}" -w '%{http_code}\n' "${targets[@]}" >"$codes.$w" 2>>"$WORK/curl.err" &
            worker_pids+=($!)
        done
        for w in "${worker_pids[@]}"; do wait "$w" || true; done
    fi
    end=$(now)
    local ok total
    ok=$(cat "$codes".* | grep -c '^200$' || true)
    total=$(cat "$codes".* | grep -c . || true)
    if [[ "$ok" -ne "$count" ]]; then
        echo "only $ok of $count transfers answered 200 ($total status codes: $(cat "$codes".* | sort | uniq -c | tr '\n' ' '))" >&2
        tail -n 5 "$WORK/curl.err" >&2 || true
        exit 1
    fi
    python3 -c "print(f'{$end - $start:.4f}')"
}

# median/min/max of docs per second from a list of elapsed times
summarise() {
    python3 - "$REQUESTS" "$@" <<'EOF'
import statistics, sys
n = int(sys.argv[1])
rates = sorted(n / float(t) for t in sys.argv[2:])
print(f"{statistics.median(rates):.1f} {rates[0]:.1f} {rates[-1]:.1f}")
EOF
}

# CPU time (user + system, ms) the process has used so far.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }

vm_kb() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }

# --- throughput ------------------------------------------------------------------------------------------------
echo "las-emulator ingest benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, curl $(curl --version | head -n1 | cut -d' ' -f2), mode $MODE"
printf 'document: %.2f MB PDF, request body %.2f MB (base64 JSON); %d requests per run, median of %d runs (min-max)\n\n' \
    "$(python3 -c "print($PDF_BYTES/1048576)")" "$(python3 -c "print($BODY_BYTES/1048576)")" "$REQUESTS" "$RUNS"

start_sink
start_emulator throughput
RESULTS=()
for conc in "${CONCURRENCIES[@]}"; do
    emu_times=() sink_times=() emu_cpu=0
    post_load "$SINK_URL" "$conc" "$conc" >/dev/null # warm-up
    post_load "$BASE_URL/documents" "$conc" "$conc" "${AUTH_HEADERS[@]}" >/dev/null
    for ((run = 0; run < RUNS; run++)); do
        # Interleaved, so both see the same machine noise.
        cpu_before=$(cpu_ms "$EMU_PID")
        emu_times+=("$(post_load "$BASE_URL/documents" "$conc" "$REQUESTS" "${AUTH_HEADERS[@]}")")
        emu_cpu=$((emu_cpu + $(cpu_ms "$EMU_PID") - cpu_before))
        sink_times+=("$(post_load "$SINK_URL" "$conc" "$REQUESTS")")
    done
    read -r emu_med emu_min emu_max <<<"$(summarise "${emu_times[@]}")"
    read -r sink_med sink_min sink_max <<<"$(summarise "${sink_times[@]}")"
    cpu_per_doc=$(python3 -c "print(f'{$emu_cpu / ($RUNS * $REQUESTS):.1f}')")
    RESULTS+=("$conc $emu_med $emu_min $emu_max $sink_med $sink_min $sink_max $cpu_per_doc")
done
stop_process "$EMU_PID"
stop_process "$SINK_PID"

printf '%-11s | %-28s | %-9s | %-14s | %-28s | %s\n' concurrency "las-emulator docs/s (spread)" "MB/s" \
    "server CPU/doc" "baseline sink docs/s (spread)" "emulator/sink"
printf '%s\n' "------------+------------------------------+-----------+----------------+------------------------------+--------------"
ceiling=0 ceiling_conc=0 ceiling_cpu=0
for row in "${RESULTS[@]}"; do
    read -r conc emu_med emu_min emu_max sink_med sink_min sink_max cpu_per_doc <<<"$row"
    mbs=$(python3 -c "print(f'{$emu_med * $PDF_BYTES / 1048576:.1f}')")
    ratio=$(python3 -c "print(f'{$emu_med / $sink_med:.2f}')")
    printf '%-11s | %-28s | %-9s | %-14s | %-28s | %s\n' "$conc" "$emu_med ($emu_min-$emu_max)" "$mbs" \
        "$cpu_per_doc ms" "$sink_med ($sink_min-$sink_max)" "$ratio"
    if python3 -c "import sys; sys.exit(0 if $emu_med > $ceiling else 1)"; then
        ceiling=$emu_med ceiling_conc=$conc ceiling_cpu=$cpu_per_doc
    fi
done
# The emulator serves every request on one event loop, so its best median is the most any client can get.
echo
printf 'SERVER CEILING: %s docs/s (%s MB/s of PDF; best median, at concurrency %s), %s ms per document,\n' \
    "$ceiling" "$(python3 -c "print(f'{$ceiling * $PDF_BYTES / 1048576:.1f}')")" "$ceiling_conc" \
    "$(python3 -c "print(f'{1000 / $ceiling:.1f}')")"
printf '  of which %s ms server CPU (the rest: fsync of each document file, loopback, the event loop waiting).\n' \
    "$ceiling_cpu"
printf '  A client measured against this emulator cannot exceed it; compare clients by their ratio to a baseline.\n'

# --- peak memory -------------------------------------------------------------------------------------------------
start_emulator rss
idle_kb=$(vm_kb "$EMU_PID" VmRSS)
first=$((RSS_DOCS < 100 ? RSS_DOCS : 100))
post_load "$BASE_URL/documents" 4 "$first" "${AUTH_HEADERS[@]}" >/dev/null
hwm_first=$(vm_kb "$EMU_PID" VmHWM)
rss_first=$(vm_kb "$EMU_PID" VmRSS)
rest=$((RSS_DOCS - first))
while ((rest > 0)); do
    chunk=$((rest < 100 ? rest : 100))
    post_load "$BASE_URL/documents" 4 "$chunk" "${AUTH_HEADERS[@]}" >/dev/null
    rest=$((rest - chunk))
done
hwm_all=$(vm_kb "$EMU_PID" VmHWM)
rss_all=$(vm_kb "$EMU_PID" VmRSS)
created=$(curl -sS -H "X-Emulator-Admin-Token: $ADMIN_TOKEN" "$ADMIN_URL/stats" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("documentsCreated", "?"))' || echo "?")
stop_process "$EMU_PID"

echo
echo "las-emulator memory while ingesting $RSS_DOCS documents (concurrency 4; admin stats documentsCreated=$created)"
printf '%-34s %8.1f MB\n' "idle after start (VmRSS)" "$(python3 -c "print($idle_kb/1024)")"
printf '%-34s %8.1f MB   (RSS now %.1f MB)\n' "peak after $first documents (VmHWM)" \
    "$(python3 -c "print($hwm_first/1024)")" "$(python3 -c "print($rss_first/1024)")"
if ((RSS_DOCS > first)); then
    printf '%-34s %8.1f MB   (RSS now %.1f MB)\n' "peak after $RSS_DOCS documents (VmHWM)" \
        "$(python3 -c "print($hwm_all/1024)")" "$(python3 -c "print($rss_all/1024)")"
fi
