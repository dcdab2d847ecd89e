export const id = 71;
export const ids = [71];
export const modules = {

/***/ 4071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readKpiReport: () => (/* binding */ readKpiReport)
/* harmony export */ });
/* harmony import */ var postgres__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1534);
/* harmony import */ var _core_kpi_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9265);


/** Reads every metric's view for the days in range, rows ordered by repository and day. */
async function readKpiReport(databaseUrl, range) {
    const sql = (0,postgres__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(databaseUrl, { max: 1, connect_timeout: 10, onnotice: () => { } });
    try {
        const metrics = {};
        for (const metric of _core_kpi_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KPI_METRICS */ .Bb) {
            const rows = await sql `
        select row_to_json(v) as row from ${sql(`${_core_kpi_index_js__WEBPACK_IMPORTED_MODULE_1__/* .KPI_VIEW_SCHEMA */ .Vl}.${(0,_core_kpi_index_js__WEBPACK_IMPORTED_MODULE_1__/* .kpiViewName */ .vQ)(metric)}`)} v
        where (${range.from}::date is null or v.day >= ${range.from}::date) and (${range.to}::date is null or v.day <= ${range.to}::date)
        order by v.repository, v.day`;
            metrics[metric] = rows.map(({ row }) => row);
        }
        return { ...range, metrics };
    }
    finally {
        await sql.end({ timeout: 5 });
    }
}


/***/ })

};
