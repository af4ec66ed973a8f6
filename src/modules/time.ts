/**
 * The `time` builtin module (Modules/timemodule.c): clocks through the host (time, time_ns,
 * monotonic, perf_counter, process_time and their _ns forms), sleep (blocking, through the
 * host), gmtime/localtime/mktime with struct_time, asctime/ctime, strftime (glibc's C-locale
 * conversions, implemented here), strptime (delegates to lib/_strptime), timezone/altzone/
 * daylight/tzname, get_clock_info. Local time comes from JS Date (the host's time zone).
 */
import { threadCount, sleepFor, isDirectCall } from "../vm/threads.ts";
import { PyObject, PyType, Meth } from "../objects/object.ts";
import { None } from "../objects/types.ts";
import { PyFloat, newFloat } from "../objects/float.ts";
import { PyInt, newInt, newIntAny } from "../objects/int.ts";
import { PyStr, newStr, intern } from "../objects/str.ts";
import { PyTuple, newTuple } from "../objects/tuple.ts";
import { asDouble, index, callMethod, reprStr, call, setAttr, getAttr } from "../objects/abstract.ts";
import { typeError, valueError, overflowError } from "../objects/errors.ts";
import { DECREF } from "../memory/refcount.ts";
import * as E from "../objects/exceptions.ts";
import { host } from "../host/host.ts";
import { importModuleByName } from "../vm/import.ts";
import { nativeClass } from "../vm/import_util.ts";
import { buildModule, pyFloat, pyInt, pyStr, pyNone, pyBool, asLong, type ModDef } from "./modutil.ts";
import { newStructSeqType, newStructSeqFull, PyStructSeq } from "./structseq_full.ts";
import type { PyModule } from "../objects/module.ts";

let StructTimeType: PyType | null = null;
function structTimeType(): PyType {
  StructTimeType ??= newStructSeqType(
    "time.struct_time",
    ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
    9,
  );
  return StructTimeType;
}

/** Broken-down time (C struct tm, Python's conventions: mon 1-12, wday Monday=0, yday 1-366). */
export interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string;
  gmtoff: number;
}

// ---- calendar arithmetic (proleptic Gregorian, any year) --------------------------------------

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
const CUM = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** Days from 1970-01-01 to y-m-d (m 1-12). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? y + 1 : y, m, d];
}
/** UTC broken-down time of `t` whole seconds since the epoch, shifted by `off` seconds. */
function breakDown(t: number, off: number, isdst: number, zone: string): Tm {
  const s = t + off;
  const days = Math.floor(s / 86400);
  let rem = s - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const hour = Math.floor(rem / 3600);
  rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  const wday = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (Monday = 0)
  const yday = CUM[m - 1]! + d + (m > 2 && isLeap(y) ? 1 : 0);
  return { year: y, mon: m, mday: d, hour, min, sec, wday, yday, isdst, zone, gmtoff: off };
}

/** The host's local-time offset (seconds east of UTC), DST flag and zone name at time t. */
function localInfo(t: number): { off: number; isdst: number; zone: string } {
  const ms = t * 1000;
  const date = new Date(ms);
  const off = -date.getTimezoneOffset() * 60;
  const y = date.getUTCFullYear();
  const jan = -new Date(Date.UTC(y, 0, 1)).getTimezoneOffset() * 60;
  const jul = -new Date(Date.UTC(y, 6, 1)).getTimezoneOffset() * 60;
  const std = Math.min(jan, jul);
  const isdst = jan !== jul && off !== std ? 1 : 0;
  return { off, isdst, zone: zoneName(ms, off) };
}
const ZONE_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU", "en-NZ", "en-ZA", "en-CA", "en-IE", "en-SG", "en-HK"];
function zoneName(ms: number, off: number): string {
  const tz = host().env["TZ"];
  if (off === 0 && (tz === undefined || tz === "" || tz === "UTC" || tz === "UTC0" || tz === ":UTC" || tz === "Etc/UTC")) return "UTC";
  // tzdata's abbreviation as some locale names it (en-US knows the American ones, en-GB the
  // European ones...); zones whose tzdata abbreviation is numeric fall through to "+01" below
  for (const loc of ZONE_LOCALES) {
    try {
      const parts = new Intl.DateTimeFormat(loc, { timeZoneName: "short" }).formatToParts(new Date(ms));
      const p = parts.find((x) => x.type === "timeZoneName");
      if (p && /^[A-Z]{2,5}$/u.test(p.value) && !p.value.startsWith("GMT") && p.value !== "UTC") return p.value;
    } catch {
      break; // no Intl
    }
  }
  if (off === 0) return "GMT";
  const a = Math.abs(off);
  const hh = Math.floor(a / 3600), mm = Math.floor((a % 3600) / 60);
  return `${off < 0 ? "-" : "+"}${String(hh).padStart(2, "0")}${mm ? String(mm).padStart(2, "0") : ""}`;
}

function localtime(t: number): Tm {
  const { off, isdst, zone } = localInfo(t);
  return breakDown(t, off, isdst, zone);
}
function gmtime(t: number): Tm {
  return breakDown(t, 0, 0, "GMT");
}

function tmToObject(tm: Tm): PyObject {
  return newStructSeqFull(structTimeType(), [
    newInt(tm.year), newInt(tm.mon), newInt(tm.mday), newInt(tm.hour), newInt(tm.min), newInt(tm.sec),
    newInt(tm.wday), newInt(tm.yday), newInt(tm.isdst), newStr(tm.zone), newInt(tm.gmtoff),
  ]);
}

// ---- argument conversions (_PyTime_ObjectToTime_t, gettmarg) -----------------------------------

const TIME_T_MAX = 67767976233316800; // gmtime's year limit on 64-bit glibc, roughly
/** A time_t from a float or int argument (None: now). */
function timeArg(o: PyObject | null | undefined): number {
  if (o === null || o === undefined || o === None) return Math.floor(host().time());
  if (o instanceof PyFloat) {
    const x = o.value;
    if (x !== x) throw valueError("Invalid value NaN (not a number)");
    const t = Math.trunc(x);
    if (!(Math.abs(t) < 9.2e18)) throw overflowError("timestamp out of range for platform time_t");
    if (Math.abs(t) > TIME_T_MAX) throw overflowError("timestamp out of range for platform time_t");
    return t;
  }
  const i = index(o);
  const v = i.value;
  DECREF(i);
  if (typeof v === "bigint" || Math.abs(v) > TIME_T_MAX) {
    if (typeof v === "bigint" && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) throw overflowError("timestamp out of range for platform time_t");
    throw overflowError("timestamp out of range for platform time_t");
  }
  return v;
}

/** gettmarg: a 9-tuple or struct_time -> Tm (month, wday, yday converted to C's ranges later). */
function tmArg(o: PyObject, fname: string): Tm {
  if (!(o instanceof PyTuple)) throw typeError("Tuple or struct_time argument required");
  const items = o.items;
  if (items.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  const v = items.map((x) => asCInt(x));
  let zone = "", gmtoff = 0;
  if (o instanceof PyStructSeq && o.ob_type === StructTimeType) {
    const z = o.extra[0];
    if (z instanceof PyStr) zone = z.value;
    const g = o.extra[1];
    if (g instanceof PyInt) gmtoff = Number(g.value);
  }
  return { year: v[0]!, mon: v[1]!, mday: v[2]!, hour: v[3]!, min: v[4]!, sec: v[5]!, wday: v[6]!, yday: v[7]!, isdst: v[8]!, zone, gmtoff };
}
function asCInt(o: PyObject): number {
  if (o instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const v = asLong(o);
  if (v > 2147483647 || v < -2147483648) throw overflowError("Python int too large to convert to C int");
  return v;
}
/** checktm after the C conversions; returns C-style fields (mon 0-11, wday Sunday=0, yday 0-365). */
function checkTm(tm: Tm, acceptZero: boolean): Tm {
  let mon = tm.mon - 1, mday = tm.mday, yday = tm.yday - 1;
  let wday = (tm.wday + 1) % 7;
  if (acceptZero) {
    if (mon === -1) mon = 0;
    if (mday === 0) mday = 1;
    if (yday === -1) yday = 0;
  }
  if (mon < 0 || mon > 11) throw valueError("month out of range");
  if (mday < 1 || mday > 31) throw valueError("day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) throw valueError("hour out of range");
  if (tm.min < 0 || tm.min > 59) throw valueError("minute out of range");
  if (tm.sec < 0 || tm.sec > 61) throw valueError("seconds out of range");
  if (wday < 0) throw valueError("day of week out of range");
  if (yday < 0 || yday > 365) throw valueError("day of year out of range");
  if (wday < 0) wday += 7;
  return { ...tm, mon, mday, yday, wday };
}

// ---- strftime (glibc, C locale) ----------------------------------------------------------------

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number, w: number, c = "0"): string => {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= w ? s : c.repeat(w - s.length) + s);
};
/** ISO 8601 week-based year and week of a C tm (wday Sunday=0, yday 0-based). */
function isoWeek(year: number, yday: number, wday: number): [number, number] {
  const isoW = (wday + 6) % 7; // Monday = 0
  let wk = Math.floor((yday - isoW + 10) / 7);
  let y = year;
  if (wk < 1) {
    y--;
    const pyday = yday + (isLeap(y) ? 366 : 365);
    wk = Math.floor((pyday - isoW + 10) / 7);
  } else {
    const ylen = isLeap(y) ? 366 : 365;
    if (yday - isoW + 3 >= ylen) {
      wk = 1;
      y++;
    }
  }
  return [y, wk];
}
/** strftime over C-style fields (mon 0-11, wday Sunday=0, yday 0-365). */
export function cStrftime(fmt: string, tm: Tm): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== "%" || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const d = fmt[++i]!;
    const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    switch (d) {
      case "a": out += DAYS[tm.wday]!.slice(0, 3); break;
      case "A": out += DAYS[tm.wday]!; break;
      case "b": case "h": out += MONTHS[tm.mon]!.slice(0, 3); break;
      case "B": out += MONTHS[tm.mon]!; break;
      case "c": out += cStrftime("%a %b %e %H:%M:%S %Y", tm); break;
      case "C": out += pad(Math.floor(tm.year / 100), 2); break;
      case "d": out += pad(tm.mday, 2); break;
      case "D": out += cStrftime("%m/%d/%y", tm); break;
      case "e": out += pad(tm.mday, 2, " "); break;
      case "F": out += cStrftime("%+4Y-%m-%d", tm).replace("%+4Y", String(tm.year)); break;
      case "g": out += pad(((isoWeek(tm.year, tm.yday, tm.wday)[0] % 100) + 100) % 100, 2); break;
      case "G": out += String(isoWeek(tm.year, tm.yday, tm.wday)[0]); break;
      case "H": out += pad(tm.hour, 2); break;
      case "I": out += pad(h12, 2); break;
      case "j": out += pad(tm.yday + 1, 3); break;
      case "k": out += pad(tm.hour, 2, " "); break;
      case "l": out += pad(h12, 2, " "); break;
      case "m": out += pad(tm.mon + 1, 2); break;
      case "M": out += pad(tm.min, 2); break;
      case "n": out += "\n"; break;
      case "p": out += tm.hour < 12 ? "AM" : "PM"; break;
      case "P": out += tm.hour < 12 ? "am" : "pm"; break;
      case "r": out += cStrftime("%I:%M:%S %p", tm); break;
      case "R": out += cStrftime("%H:%M", tm); break;
      case "s": out += String(mktimeOf(tm, true)); break;
      case "S": out += pad(tm.sec, 2); break;
      case "t": out += "\t"; break;
      case "T": out += cStrftime("%H:%M:%S", tm); break;
      case "u": out += String(tm.wday === 0 ? 7 : tm.wday); break;
      case "U": out += pad(Math.floor((tm.yday + 7 - tm.wday) / 7), 2); break;
      case "V": out += pad(isoWeek(tm.year, tm.yday, tm.wday)[1], 2); break;
      case "w": out += String(tm.wday); break;
      case "W": out += pad(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2); break;
      case "x": out += cStrftime("%m/%d/%y", tm); break;
      case "X": out += cStrftime("%H:%M:%S", tm); break;
      case "y": out += pad(((tm.year % 100) + 100) % 100, 2); break;
      case "Y": out += String(tm.year); break;
      case "z": {
        const g = tm.gmtoff, a = Math.abs(g);
        out += (g < 0 ? "-" : "+") + pad(Math.floor(a / 3600), 2) + pad(Math.floor((a % 3600) / 60), 2);
        break;
      }
      case "Z": out += tm.zone; break;
      case "%": out += "%"; break;
      default: out += "%" + d;
    }
  }
  return out;
}

/**
 * mktime over C-style fields: the local time as seconds since the epoch. tm_isdst 0 / 1 read the
 * fields as standard / daylight time; -1 tries standard time, then daylight time, and in a gap
 * falls back to standard time (glibc's choices).
 */
function mktimeOf(tm: Tm, cStyle: boolean): number {
  const mon = cStyle ? tm.mon : tm.mon - 1;
  // normalise like C's mktime: months beyond 0-11 carry into the year
  const y = tm.year + Math.floor(mon / 12);
  const m = ((mon % 12) + 12) % 12;
  const days = daysFromCivil(y, m + 1, 1) + tm.mday - 1;
  const local = days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec;
  const yr = new Date(local * 1000).getUTCFullYear();
  const jan = localInfo(Date.UTC(yr, 0, 1) / 1000).off, jul = localInfo(Date.UTC(yr, 6, 1) / 1000).off;
  const stdOff = Math.min(jan, jul), dstOff = Math.max(jan, jul);
  if (jan === jul) return local - stdOff - (tm.isdst > 0 ? 3600 : 0); // no DST here: glibc assumes one hour
  if (tm.isdst === 0) return local - stdOff;
  if (tm.isdst > 0) return local - dstOff;
  if (localInfo(local - stdOff).off === stdOff) return local - stdOff;
  if (localInfo(local - dstOff).off === dstOff) return local - dstOff;
  return local - stdOff;
}

function asctimeOf(tm: Tm): string {
  // "%s %s%3d %.2d:%.2d:%.2d %d" with C's wday (Sunday=0) and mon (0-11)
  return `${DAYS[tm.wday]!.slice(0, 3)} ${MONTHS[tm.mon]!.slice(0, 3)}${String(tm.mday).padStart(3, " ")} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

// ---- the module ---------------------------------------------------------------------------------

function nowNs(): bigint {
  // host().time() is a float of seconds; keep microsecond precision exactly
  return BigInt(Math.round(host().time() * 1e6)) * 1000n;
}
const t0 = { mono: null as bigint | null };
/** time.tzname as computed at import (standard, daylight). */
const TZNAME: [string, string] = ["UTC", "UTC"];

function sleepSeconds(o: PyObject): number {
  let secs: number;
  if (o instanceof PyFloat) {
    secs = o.value;
    if (secs !== secs) throw valueError("Invalid value NaN (not a number)");
  } else {
    const i = index(o);
    secs = Number(i.value);
    DECREF(i);
  }
  if (secs < 0) throw valueError("sleep length must be non-negative");
  if (!(secs < 9.2e9)) throw overflowError("timestamp too large to convert to C _PyTime_t");
  return secs;
}

/** clock_gettime(clk_id) in nanoseconds; EINVAL (OSError) for an unknown clock. */
function clockNs(o: PyObject): bigint {
  const id = asCInt(o);
  const h = host();
  switch (id) {
    case 0: case 11: return nowNs(); // CLOCK_REALTIME, CLOCK_TAI
    case 1: case 4: case 7: return h.monotonicNs(); // MONOTONIC, MONOTONIC_RAW, BOOTTIME
    case 2: case 3: return h.cpuTimeNs(); // PROCESS / THREAD CPU time
    default: {
      const args = [newInt(22), newStr("Invalid argument")];
      try {
        throw call(E.OSErrorType, args);
      } finally {
        for (const a of args) DECREF(a);
      }
    }
  }
}

let NamespaceType: PyType | null = null;
function clockInfo(impl: string, monotonic: boolean, adjustable: boolean, resolution: number): PyObject {
  if (NamespaceType === null) {
    NamespaceType = nativeClass("types.SimpleNamespace", null, []);
    NamespaceType.tp_repr = (o: PyObject) => {
      const parts: string[] = [];
      for (const k of ["implementation", "monotonic", "adjustable", "resolution"]) {
        const v = getAttr(o, intern(k));
        parts.push(`${k}=${reprStr(v)}`);
        DECREF(v);
      }
      return newStr(`namespace(${parts.join(", ")})`);
    };
  }
  const o = call(NamespaceType, []);
  const set = (k: string, v: PyObject) => {
    setAttr(o, intern(k), v);
    DECREF(v);
  };
  set("implementation", newStr(impl));
  set("monotonic", pyBool(monotonic));
  set("adjustable", pyBool(adjustable));
  set("resolution", newFloat(resolution));
  return o;
}

export function makeTimeModule(): PyModule {
  const st = structTimeType();
  const defs: ModDef[] = [
    { name: "time", flags: Meth.NOARGS, fn: () => newFloat(host().time()) },
    { name: "time_ns", flags: Meth.NOARGS, fn: () => newIntAny(nowNs()) },
    { name: "monotonic", flags: Meth.NOARGS, fn: () => newFloat(Number(host().monotonicNs()) / 1e9) },
    { name: "monotonic_ns", flags: Meth.NOARGS, fn: () => newIntAny(host().monotonicNs()) },
    { name: "perf_counter", flags: Meth.NOARGS, fn: () => newFloat(Number(host().monotonicNs()) / 1e9) },
    { name: "perf_counter_ns", flags: Meth.NOARGS, fn: () => newIntAny(host().monotonicNs()) },
    { name: "process_time", flags: Meth.NOARGS, fn: () => newFloat(Number(host().cpuTimeNs()) / 1e9) },
    { name: "process_time_ns", flags: Meth.NOARGS, fn: () => newIntAny(host().cpuTimeNs()) },
    { name: "thread_time", flags: Meth.NOARGS, fn: () => newFloat(Number(host().cpuTimeNs()) / 1e9) },
    { name: "thread_time_ns", flags: Meth.NOARGS, fn: () => newIntAny(host().cpuTimeNs()) },
    { name: "sleep", flags: Meth.O, fn: function sleep(_s: null, o: PyObject): PyObject {
      const secs = sleepSeconds(o);
      // with other threads alive they run meanwhile (src/vm/threads.ts)
      if (threadCount() > 1) sleepFor(secs, isDirectCall(sleep, null));
      else host().sleep(secs);
      checkInterrupt(); // a SIGINT ends the sleep early: KeyboardInterrupt
      return pyNone();
    } },
    { name: "gmtime", bare: true, flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length > 1) throw typeError(`gmtime expected at most 1 argument, got ${a.length}`);
      return tmToObject(gmtime(timeArg(a[0])));
    } },
    { name: "localtime", bare: true, flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length > 1) throw typeError(`localtime expected at most 1 argument, got ${a.length}`);
      return tmToObject(localtime(timeArg(a[0])));
    } },
    { name: "mktime", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      const tm = tmArg(o, "mktime");
      return newFloat(mktimeOf(tm, false));
    } },
    { name: "asctime", bare: true, flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length > 1) throw typeError(`asctime expected at most 1 argument, got ${a.length}`);
      const tm = a.length ? checkTm(tmArg(a[0]!, "asctime"), false) : checkTm(localtime(timeArg(null)), false);
      return newStr(asctimeOf(tm));
    } },
    { name: "ctime", bare: true, flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length > 1) throw typeError(`ctime expected at most 1 argument, got ${a.length}`);
      return newStr(asctimeOf(checkTm(localtime(timeArg(a[0])), false)));
    } },
    { name: "strftime", bare: true, flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      if (a.length < 1 || a.length > 2) throw typeError(`strftime expected ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${a.length}`);
      const f = a[0]!;
      if (!(f instanceof PyStr)) throw typeError(`strftime() argument 1 must be str, not ${f.ob_type.tp_name}`);
      let tm: Tm;
      if (a.length === 2) {
        const o = a[1]!;
        if (!(o instanceof PyTuple)) throw typeError("Tuple or struct_time argument required");
        tm = tmArg(o, "strftime");
        if (!(o instanceof PyStructSeq)) {
          // a plain tuple has no tm_zone / tm_gmtoff: %Z is tzname[isdst] ("" for -1), %z +0000
          tm.zone = tm.isdst > 0 ? TZNAME[1] : tm.isdst === 0 ? TZNAME[0] : "";
          tm.gmtoff = 0;
        }
      } else tm = localtime(timeArg(null));
      if (f.value.includes("\0")) throw valueError("embedded null character");
      return newStr(cStrftime(f.value, checkTm(tm, true)));
    } },
    { name: "strptime", bare: true, flags: Meth.FASTCALL, fn: (_s: null, a: PyObject[]) => {
      const m = importModuleByName("_strptime", None, 0);
      try {
        return callMethod(m, "_strptime_time", a);
      } finally {
        DECREF(m);
      }
    } },
    { name: "get_clock_info", bare: true, flags: Meth.O, fn: (_s: null, o: PyObject) => {
      if (!(o instanceof PyStr)) throw typeError(`get_clock_info() argument must be str, not ${o.ob_type.tp_name}`);
      switch (o.value) {
        case "time": return clockInfo("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9);
        case "monotonic": case "perf_counter": return clockInfo("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9);
        case "process_time": return clockInfo("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9);
        case "thread_time": return clockInfo("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9);
        default: throw valueError("unknown clock");
      }
    } },
    { name: "tzset", flags: Meth.NOARGS, fn: () => pyNone() },
    { name: "clock_gettime", flags: Meth.O, fn: (_s: null, o: PyObject) => newFloat(Number(clockNs(o)) / 1e9) },
    { name: "clock_gettime_ns", flags: Meth.O, fn: (_s: null, o: PyObject) => newIntAny(clockNs(o)) },
    { name: "clock_getres", flags: Meth.O, fn: (_s: null, o: PyObject) => {
      clockNs(o);
      return newFloat(1e-9);
    } },
  ];
  // init_timezone: the offsets of January and July of the current year
  const now = host().time();
  const y = new Date(now * 1000).getUTCFullYear();
  const janT = Date.UTC(y, 0, 1) / 1000, julT = Date.UTC(y, 6, 1) / 1000;
  const jan = localInfo(janT), jul = localInfo(julT);
  let stdI = jan, dstI = jul;
  if (jan.off > jul.off) {
    stdI = jul;
    dstI = jan;
  }
  TZNAME[0] = stdI.zone;
  TZNAME[1] = dstI.zone;
  st.ob_refcnt++;
  return buildModule("time", defs, {
    struct_time: st,
    timezone: pyInt(-stdI.off),
    altzone: pyInt(-dstI.off),
    daylight: pyInt(jan.off !== jul.off ? 1 : 0),
    tzname: newTuple([pyStr(stdI.zone), pyStr(dstI.zone)]),
    CLOCK_REALTIME: pyInt(0),
    CLOCK_MONOTONIC: pyInt(1),
    CLOCK_PROCESS_CPUTIME_ID: pyInt(2),
    CLOCK_THREAD_CPUTIME_ID: pyInt(3),
    CLOCK_MONOTONIC_RAW: pyInt(4),
    CLOCK_BOOTTIME: pyInt(7),
    CLOCK_TAI: pyInt(11),
    _STRUCT_TM_ITEMS: pyInt(11),
  });
}
void pyFloat;
void t0;
import { checkInterrupt } from "../vm/sigint.ts";
