"""A job queue with no HTTP in it: ``status`` is a job's state here, not an HTTP status.

The generic ``status=`` keyword and ``.status`` attribute count only in a module that imports
something of HTTP (a web framework, an HTTP client, ``http``, ``urllib``); ``status_code`` and
the calls known to take a status always count.
"""
import enum
import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

PENDING, RUNNING, DONE, FAILED = 100, 200, 300, 500
MAX_ATTEMPTS = 404


class State(enum.IntEnum):
    QUEUED = 100
    STARTED = 200
    FINISHED = 300


@dataclass
class Job:
    name: str
    status: int = PENDING
    attempts: int = 0
    history: list = field(default_factory=list)


class Queue:
    def __init__(self):
        self.jobs = {}

    def update(self, name, status):
        self.jobs[name].status = status
        self.jobs[name].history.append(status)

    def start(self, job):
        job.status = 200
        self.update(job.name, status=200)
        if job.attempts > 3:
            job.status = 500
            self.update(job.name, status=500)

    def finished(self, job):
        return job.status == 300 or job.status in (300, 301)

    def failed(self, job):
        if job.status != 500:
            return False
        log.warning("job %s failed after %d attempts", job.name, job.attempts)
        return True


def summary(queue):
    counts = {PENDING: 0, RUNNING: 0, DONE: 0, FAILED: 0}
    for job in queue.jobs.values():
        counts[job.status] = counts.get(job.status, 0) + 1
    return counts


def report(result):
    """A result object from a remote call: status_code is an HTTP status wherever it stands."""
    if result.status_code == 503:  # HTS001@503
        return "retry later"
    return "ok"


def retry_all(queue):
    for job in queue.jobs.values():
        if job.status == 500 and job.attempts < MAX_ATTEMPTS:
            queue.update(job.name, status=100)


def finished(job_row: dict) -> bool:
    # no HTTP imported: a row's "status" is the job's own state
    return job_row["status"] == 300 or job_row["status_code"] in (200, 404)


class Retry:
    """Not HTTP: a job's own exit codes, however they are named."""

    default_status_code = 404
    error_status_code: int = 500

    def __init__(self, success_status_code=201):
        self.success_status_code = success_status_code
        self.failed_status_code = 500


RETRY = Retry(success_status_code=202)


class Worker:
    """Not HTTP: a worker's handlers by exit code, under the names web frameworks use."""

    def __init__(self):
        self.exception_handlers = {}
        self.error_handler = {}
        self.exception_handlers[500] = self.restart
        self.error_handler[404] = self.skip

    def restart(self, job):
        return job.name

    def skip(self, job):
        return None
