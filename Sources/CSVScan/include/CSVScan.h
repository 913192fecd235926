// The byte classification at the heart of the CSV reader, with SIMD where the target
// has it. The functions are static inline so that Swift, which imports this header,
// inlines them into its loops.
#ifndef SNA_CSV_SCAN_H
#define SNA_CSV_SCAN_H

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__aarch64__) && defined(__ARM_NEON) && defined(__AARCH64EL__)
#include <arm_neon.h>
#define SNA_CSV_NEON 1
#endif

/// The comma, quote, LF and CR bytes among the 64 at `p` (no alignment needed, all 64
/// readable): bit k of the result is set when p[k] is one of them.
static inline uint64_t sna_csv_marks64(const uint8_t *p) {
#if defined(__SSE2__)
    // Four 16-byte lanes; in each, compare with the four bytes, OR, and take one bit
    // per byte with movemask.
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i lineFeed = _mm_set1_epi8('\n');
    const __m128i carriageReturn = _mm_set1_epi8('\r');
    uint64_t marks = 0;
    for (int lane = 0; lane < 4; lane++) {
        const __m128i bytes = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * lane));
        const __m128i found = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, comma), _mm_cmpeq_epi8(bytes, quote)),
            _mm_or_si128(_mm_cmpeq_epi8(bytes, lineFeed), _mm_cmpeq_epi8(bytes, carriageReturn)));
        marks |= (uint64_t)(uint32_t)_mm_movemask_epi8(found) << (16 * lane);
    }
    return marks;
#elif defined(SNA_CSV_NEON)
    // NEON has no movemask: keep bit (k mod 8) of each matching byte k, then add
    // neighbouring bytes pairwise three times, which packs the 64 bytes into 8 bytes,
    // each the mask of 8 consecutive input bytes.
    static const uint8_t weightBytes[16] = {1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128};
    const uint8x16_t weights = vld1q_u8(weightBytes);
    const uint8x16_t comma = vdupq_n_u8(',');
    const uint8x16_t quote = vdupq_n_u8('"');
    const uint8x16_t lineFeed = vdupq_n_u8('\n');
    const uint8x16_t carriageReturn = vdupq_n_u8('\r');
    uint8x16_t found[4];
    for (int lane = 0; lane < 4; lane++) {
        const uint8x16_t bytes = vld1q_u8(p + 16 * lane);
        found[lane] = vandq_u8(weights, vorrq_u8(
            vorrq_u8(vceqq_u8(bytes, comma), vceqq_u8(bytes, quote)),
            vorrq_u8(vceqq_u8(bytes, lineFeed), vceqq_u8(bytes, carriageReturn))));
    }
    uint8x16_t packed = vpaddq_u8(vpaddq_u8(found[0], found[1]), vpaddq_u8(found[2], found[3]));
    packed = vpaddq_u8(packed, packed);
    return vgetq_lane_u64(vreinterpretq_u64_u8(packed), 0);
#else
    uint64_t marks = 0;
    for (int k = 0; k < 64; k++) {
        const uint8_t byte = p[k];
        if (byte == ',' || byte == '"' || byte == '\n' || byte == '\r') marks |= (uint64_t)1 << k;
    }
    return marks;
#endif
}

/// Whether the 64 bytes at `p` (no alignment needed, all readable) are all ASCII and
/// none is NUL: the common case of the UTF-8 text check, which then skips the block.
static inline int sna_plain_ascii64(const uint8_t *p) {
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    const __m128i a = _mm_loadu_si128((const __m128i *)(const void *)p);
    const __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + 16));
    const __m128i c = _mm_loadu_si128((const __m128i *)(const void *)(p + 32));
    const __m128i d = _mm_loadu_si128((const __m128i *)(const void *)(p + 48));
    // A high bit anywhere, or a zero byte in any lane (compared lane by lane: an OR of
    // the lanes would hide a zero).
    const __m128i high = _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
    const __m128i zeros = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(a, zero), _mm_cmpeq_epi8(b, zero)),
        _mm_or_si128(_mm_cmpeq_epi8(c, zero), _mm_cmpeq_epi8(d, zero)));
    return _mm_movemask_epi8(_mm_or_si128(high, zeros)) == 0;
#elif defined(SNA_CSV_NEON)
    const uint8x16_t a = vld1q_u8(p), b = vld1q_u8(p + 16), c = vld1q_u8(p + 32), d = vld1q_u8(p + 48);
    // The smallest byte is not zero and the largest has no high bit.
    const uint8x16_t smallest = vminq_u8(vminq_u8(a, b), vminq_u8(c, d));
    const uint8x16_t largest = vmaxq_u8(vmaxq_u8(a, b), vmaxq_u8(c, d));
    return vminvq_u8(smallest) != 0 && vmaxvq_u8(largest) < 0x80;
#else
    for (int k = 0; k < 64; k++) {
        if (p[k] == 0 || p[k] >= 0x80) return 0;
    }
    return 1;
#endif
}

#endif
