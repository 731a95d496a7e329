#!/usr/bin/env bash
# Generates the call-sound clips once; the output is committed, so this only runs when a word changes.
# Needs: espeak-ng and sox (Debian: apt-get install -y espeak-ng sox).
# Output: WAV, 16 kHz, mono, 16-bit signed PCM, silence trimmed, 60 ms pause after each word,
# under hardware/src/main/resources/dk/skranke/hardware/sound/{chime.wav,da/*.wav,en/*.wav}.
# Numbers are composed from words (see CallPhrase), so only 0-20, the tens, "hundrede"/"hundred",
# "og"/"and" and Danish "et" (as in "et hundrede") are generated.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/dk/skranke/hardware/sound"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out/da" "$out/en"

FORMAT=(-r 16000 -c 1 -b 16 -e signed-integer)

# say VOICE FILE TEXT: speak TEXT, trim leading/trailing silence, convert, add a short pause.
say() {
  local voice="$1" file="$2" text="$3"
  espeak-ng -v "$voice" -s 150 -w "$tmp/raw.wav" "$text"
  sox "$tmp/raw.wav" "${FORMAT[@]}" "$file" \
    silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse pad 0 0.06
}

# Chime: two soft sine tones (G5 then C5), faded, quiet, followed by a pause before the words.
sox -n "${FORMAT[@]}" "$tmp/t1.wav" synth 0.35 sine 784 fade q 0.02 0.35 0.25 vol 0.35
sox -n "${FORMAT[@]}" "$tmp/t2.wav" synth 0.6 sine 523.25 fade q 0.02 0.6 0.45 vol 0.35
sox "$tmp/t1.wav" "$tmp/t2.wav" "${FORMAT[@]}" "$out/chime.wav" pad 0 0.25

# Danish: clip name = the word itself (ASCII only).
da_words=(nul en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten
  sytten atten nitten tyve tredive fyrre halvtreds tres halvfjerds firs halvfems
  hundrede og et nummer skranke)
for w in "${da_words[@]}"; do say da "$out/da/$w.wav" "$w"; done

# English: clip name = the word itself.
en_words=(zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
  fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
  ninety hundred and number desk)
for w in "${en_words[@]}"; do say en-gb "$out/en/$w.wav" "$w"; done

# Letters A-Z: a single capital letter makes espeak-ng say the letter's name in that language.
for l in {A..Z}; do
  lower="$(echo "$l" | tr 'A-Z' 'a-z')"
  say da "$out/da/$lower.wav" "$l"
  say en-gb "$out/en/$lower.wav" "$l"
done

echo "clips: $(find "$out" -name '*.wav' | wc -l), size: $(du -ch "$out"/chime.wav "$out"/da/*.wav "$out"/en/*.wav | tail -1 | cut -f1)"
