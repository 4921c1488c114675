import { join } from 'node:path';
import type { BackupInfo, BackupList, RestoreResult } from '../../src-shared/contract/backups';
import { AppError } from '../../src-shared/contract/errors';
import type { DatabaseState, DatabaseStatus } from '../../src-shared/contract/system';
import { localIsoDate } from '../../src-shared/domain/plant-clock';
import { backupInfo, backupsFolder, latestGoodBackup, listBackups } from '../db/backups/backup-files';
import { restoreBackup } from '../db/backups/restore-backup';
import { DatabaseRefusedError, type OpenDatabase, openDatabase, refusalMessage } from '../db/open';
import { inlineKpiReader, type KpiReader, workerKpiReader } from '../kpi/kpi-reader';
import { leaveWholeClientsToMaintenance } from '../rollups/rollup-refresh';
import type { Lane } from './call-router';
import { inlineMaintenance, type Maintenance, workerMaintenance } from './maintenance';

export interface DatabaseHostOptions {
  dbPath: string;
  /** The bundled KPI worker; without it KPI requests run on the calling thread. */
  kpiWorkerFile?: string;
  /** The bundled maintenance worker; without it the check and backups run on this thread. */
  maintenanceWorkerFile?: string;
  /** Create the database when the file is missing or empty (tests, fixtures); the app asks first. */
  create?: boolean;
  /** Keep a daily backup while running (the app's hosts; tests leave it off). */
  dailyBackups?: boolean;
  /** The clock of backup names and the daily schedule. */
  now?: () => Date;
}

interface Connections {
  writer: OpenDatabase;
  /** A read-only connection that serves calls while an import holds the writer (none in memory). */
  reader: OpenDatabase | null;
  /** The KPI worker, when the app runs one. */
  kpi: KpiReader | null;
  maintenance: Maintenance | null;
}

const HOUR_MS = 60 * 60 * 1000;
/** How often the maintenance thread looks for rollups the writer left to it. */
const ROLLUPS_MS = 60 * 1000;

/**
 * The one database a core serves, through its whole life: opened (or refused, with a state the
 * first-start and recovery screens explain), checked in the background, backed up daily,
 * created on request, restored from a backup. The connections it holds change only through
 * `create` and `restore`, which the core runs while no other call is running.
 */
export class DatabaseHost {
  readonly file: string;
  readonly #options: DatabaseHostOptions;
  #open: Connections | null = null;
  #state: DatabaseState = 'missing';
  #problem: string | null = null;
  #checked: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | null = null;
  #rollupTimer: NodeJS.Timeout | null = null;
  #rollupsRunning = false;

  constructor(options: DatabaseHostOptions) {
    this.#options = options;
    this.file = options.dbPath;
    this.#connect(options.create ?? false);
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  /** Opens the file (creating it only when asked) or records why it cannot be served. */
  #connect(create: boolean): void {
    const memory = this.file === ':memory:';
    let writer: OpenDatabase;
    try {
      // The integrity check runs in the background: a large file's first dashboard must not wait for it.
      writer = openDatabase(this.file, { check: memory, create });
    } catch (error) {
      if (!(error instanceof DatabaseRefusedError)) throw error;
      this.#state = error.kind;
      this.#problem = error.message;
      return;
    }
    const options = this.#options;
    const reader = memory ? null : openDatabase(this.file, { readonly: true, check: false });
    const kpi = options.kpiWorkerFile && !memory ? workerKpiReader(options.kpiWorkerFile, this.file) : null;
    const maintenance = memory
      ? null
      : options.maintenanceWorkerFile
        ? workerMaintenance(options.maintenanceWorkerFile, this.file)
        : inlineMaintenance(this.file);
    // With a maintenance thread, a save never waits for a whole client's rollups (rollup-refresh.ts).
    if (options.maintenanceWorkerFile && maintenance) leaveWholeClientsToMaintenance(writer.sqlite);
    this.#open = { writer, reader, kpi, maintenance };
    this.#problem = null;
    this.#state = maintenance ? 'checking' : 'ready';
    if (maintenance) this.#checked = this.#checkInBackground(writer, maintenance);
  }

  async #checkInBackground(writer: OpenDatabase, maintenance: Maintenance): Promise<void> {
    let problem: string | null;
    try {
      problem = await maintenance.check();
    } catch (error) {
      // The check could not run (its thread stopped): no proof of damage, so the file stays usable.
      console.error('FloorKPI: the background integrity check could not run', error);
      if (this.#open?.writer === writer) this.#state = 'ready';
      return;
    }
    if (this.#open?.writer !== writer) return;
    if (problem !== null) {
      // Reads go on (people can still see and export their data); no write may land on a damaged file.
      writer.sqlite.pragma('query_only = ON');
      this.#state = 'damaged';
      this.#problem = refusalMessage('damaged', this.file, problem);
      return;
    }
    this.#state = 'ready';
    // Only a maintenance thread is left whole clients (#connect); inline, the writer does them all.
    if (this.#options.maintenanceWorkerFile) this.#scheduleRollups();
    if (this.#options.dailyBackups) this.#scheduleDailyBackups();
  }

  /**
   * The rollups the writer leaves to the maintenance thread (whole clients: after the upgrade
   * that added them, or a change of what inference reads), now and then every ROLLUPS_MS; cheap
   * when there are none (one indexed read).
   */
  #scheduleRollups(): void {
    void this.#refreshRollups();
    this.#rollupTimer ??= setInterval(() => void this.#refreshRollups(), ROLLUPS_MS);
    this.#rollupTimer.unref();
  }

  async #refreshRollups(): Promise<void> {
    const maintenance = this.#open?.maintenance;
    if (!maintenance || this.#state !== 'ready' || this.#rollupsRunning) return;
    this.#rollupsRunning = true;
    try {
      await maintenance.rollups();
    } catch (error) {
      // Closed meanwhile (the app quitting, a restore): the thread was stopped on purpose, and the
      // marks it had not cleared wait for the next start.
      if (this.#open?.maintenance !== maintenance) return;
      // Not current means slower, never wrong: the engine reads raw rows until the next round.
      console.error('FloorKPI: the rollups could not be recomputed', error);
    } finally {
      this.#rollupsRunning = false;
    }
  }

  /** Resolves when the rollups left to the maintenance thread are recomputed (tests, the bench). */
  async rollupsNow(): Promise<void> {
    await this.#checked;
    await this.#refreshRollups();
  }

  #scheduleDailyBackups(): void {
    void this.#dailyBackup();
    this.#timer ??= setInterval(() => void this.#dailyBackup(), HOUR_MS);
    this.#timer.unref();
  }

  /** Takes today's daily backup if there is none yet (checked hourly, so a PC left on gets one a day). */
  async #dailyBackup(): Promise<void> {
    const maintenance = this.#open?.maintenance;
    if (!maintenance || this.#state !== 'ready') return;
    const today = localIsoDate(this.#now());
    const done = listBackups(this.file).some(
      (b) => b.kind === 'daily' && localIsoDate(new Date(b.createdAt)) === today,
    );
    if (done) return;
    try {
      await maintenance.backup('daily');
    } catch (error) {
      console.error('FloorKPI: the daily backup failed', error);
    }
  }

  /** Resolves when the start's background integrity check has finished (tests, the bench). */
  whenChecked(): Promise<void> {
    return this.#checked;
  }

  /** What the first-start and recovery screens need to know. */
  status(): DatabaseStatus {
    const offer = this.#state === 'damaged' || this.#state === 'foreign';
    return {
      state: this.#state,
      path: this.file,
      message: this.#state === 'ready' || this.#state === 'checking' ? null : this.#problem,
      latestBackup: offer && this.file !== ':memory:' ? latestGoodBackup(this.file) : null,
    };
  }

  /** True when the background check found damage: writes are refused until a backup is restored. */
  get damaged(): boolean {
    return this.#state === 'damaged';
  }

  /** The connection of a lane, or UNAVAILABLE (with the reason) when no database is open. */
  connection(lane: Lane): OpenDatabase {
    const open = this.#open;
    if (!open) throw new AppError('UNAVAILABLE', this.#problem ?? 'No database is open.');
    return lane === 'reader' && open.reader ? open.reader : open.writer;
  }

  /** Whether a database is open (none while it is missing, unreadable or being replaced). */
  get isOpen(): boolean {
    return this.#open !== null;
  }

  /** Whether a reader connection is open (the router serves others from it during an import). */
  get hasReader(): boolean {
    return this.#open?.reader != null;
  }

  /** Where a lane's KPI requests run: the KPI worker, or inline on that lane's connection. */
  kpi(lane: Lane): KpiReader {
    return this.#open?.kpi ?? inlineKpiReader(this.connection(lane).sqlite);
  }

  /** The first start's "create a new database"; FORBIDDEN when there is one. Run with nothing else running. */
  create(): DatabaseStatus {
    if (this.#state !== 'missing' && this.#state !== 'empty')
      throw new AppError('FORBIDDEN', `There already is a database at ${this.file}.`);
    this.#connect(true);
    return this.status();
  }

  /** The backups beside the database, newest first. */
  backups(): BackupList {
    return {
      folder: backupsFolder(this.file),
      backups: this.file === ':memory:' ? [] : listBackups(this.file),
    };
  }

  /** A checked backup now (kind `manual`), made off this thread in the app. */
  async backupNow(): Promise<BackupInfo> {
    const maintenance = this.#open?.maintenance;
    if (!maintenance) throw new AppError('UNAVAILABLE', 'There is no database file to back up.');
    return maintenance.backup('manual');
  }

  /**
   * Replaces the database with the backup `name`, keeping what it replaces, and reopens it (a
   * backup from an older version is migrated, with its own backup first). Run with nothing else
   * running: every connection of this process is closed meanwhile.
   */
  async restore(name: string): Promise<RestoreResult> {
    const restored = this.file === ':memory:' ? null : backupInfo(this.file, name);
    if (!restored) throw new AppError('NOT_FOUND', `There is no backup named ${name}.`);
    await this.#disconnect();
    let keptAs: BackupInfo | null;
    try {
      ({ keptAs } = await restoreBackup(this.file, join(backupsFolder(this.file), name), this.#now()));
    } finally {
      // Whatever is at the path now (the restored file, or the untouched one after a failure).
      this.#connect(false);
    }
    return { restored, keptAs };
  }

  async #disconnect(): Promise<void> {
    const open = this.#open;
    this.#open = null;
    this.#state = 'missing';
    if (!open) return;
    // A check still reading the old file would report on a file that is no longer served.
    await this.#checked.catch(() => {});
    await open.maintenance?.close();
    await open.kpi?.close();
    await open.reader?.close();
    await open.writer.close();
  }

  /** Stops the schedule and closes every connection and worker (the WAL is checkpointed). */
  async close(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    if (this.#rollupTimer) clearInterval(this.#rollupTimer);
    this.#timer = null;
    this.#rollupTimer = null;
    await this.#disconnect();
  }
}
