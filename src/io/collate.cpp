#include "io/collate.hpp"

#include <memory>

#include <unicode/coll.h>
#include <unicode/locid.h>

namespace hoithao::io {
namespace {

const icu::Collator* vietnamese() {
    // A Collator is not thread-safe; one per thread.
    thread_local std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
        return U_SUCCESS(status) ? std::move(c) : nullptr;
    }();
    return collator.get();
}

}  // namespace

bool collate_less(std::string_view a, std::string_view b) {
    const auto* collator = vietnamese();
    if (!collator) return a < b;
    UErrorCode status = U_ZERO_ERROR;
    auto order = collator->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                       icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
    if (U_FAILURE(status)) return a < b;
    return order == UCOL_LESS;
}

}  // namespace hoithao::io
