#pragma once

// Poppler's error and debug output, routed into the saraban.pdf.poppler category and kept sane:
// a hostile file can make Poppler print millions of lines. The first lines of each piece of work
// are logged, then only a count; the count also feeds the client's progress display.
#include <QString>
#include <QStringList>

#include <functional>

namespace saraban::pdf::engine {

class PopplerLog
{
public:
    // Installs the handler (Poppler::setDebugErrorFunction). onProgress is called from inside
    // Poppler's work, at most every 250 ms, with the number of messages so far.
    static void install(std::function<void(quint64)> onProgress);
    // Starts a new piece of work: the next messages are logged again.
    static void beginWork();
    // Logs how many messages were not shown during the work that ends.
    static void endWork();
    static quint64 messageCount();
    // The last few messages, for the detail of an error.
    static QString recent();
};

} // namespace saraban::pdf::engine
