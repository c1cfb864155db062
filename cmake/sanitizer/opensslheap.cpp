// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every program of the sanitizer build only (GRANTDESK_SANITIZE, top
// CMakeLists.txt), never into a Release program.
//
// OpenSSL is not instrumented, but its allocations went through AddressSanitizer's
// allocator, which records a stack and passes each freed block through its quarantine. Its
// PBKDF2 copies three digest contexts per round, an allocation and a free each: unlocking
// a key file (600,000 rounds) made 3.6 million of them and took about 5 s instead of a
// quarter of a second, and the sanitizer pass unlocks keys hundreds of times (tst_crypto:
// 90 s against 21 s). Here OpenSSL allocates from glibc directly. What that gives up: a
// leaked OpenSSL object and an access past the end of a buffer OpenSSL allocated are not
// reported. tst_crypto, the suite of the code that owns OpenSSL's objects, runs with
// GRANTDESK_OPENSSL_HEAP=sanitizer, which keeps AddressSanitizer's allocator for OpenSSL.

#include <cstddef>
#include <cstdlib>
#include <cstring>

#include <openssl/crypto.h>

extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_realloc(void *block, std::size_t size);
void __libc_free(void *block);
}

namespace {

void *opensslMalloc(std::size_t size, const char *, int)
{
    return __libc_malloc(size);
}

void *opensslRealloc(void *block, std::size_t size, const char *, int)
{
    return __libc_realloc(block, size);
}

void opensslFree(void *block, const char *, int)
{
    __libc_free(block);
}

// Before main(), so before OpenSSL's first allocation (after it, OpenSSL refuses the change
// and keeps the sanitizer's allocator: slower, never wrong).
__attribute__((constructor)) void routeOpenSslHeap()
{
    const char *heap = std::getenv("GRANTDESK_OPENSSL_HEAP");
    if (heap && std::strcmp(heap, "sanitizer") == 0)
        return;
    CRYPTO_set_mem_functions(opensslMalloc, opensslRealloc, opensslFree);
}

} // namespace
