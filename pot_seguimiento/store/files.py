"""Files that go with rows of the expediente (photos, archive documents): copied under a temporary name,
named only when the rows landed, removed when they did not."""
import contextlib
import os
import shutil


@contextlib.contextmanager
def staged_copies(pairs):
    """pairs: [(source, destination)]. Inside the block the copies exist as '<destination>.partial'; they take
    their names when the block (the rows' transaction) finishes, and are removed if it fails."""
    copied = []
    try:
        for source, destination in pairs:
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            shutil.copyfile(source, destination + ".partial")
            copied.append(destination)
        yield
        for destination in copied:
            os.replace(destination + ".partial", destination)
    except BaseException:
        for destination in copied:
            if os.path.exists(destination + ".partial"):
                os.remove(destination + ".partial")
        raise
