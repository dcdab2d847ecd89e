export const id = 768;
export const ids = [768];
export const modules = {

/***/ 5768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createIngestToken: () => (/* binding */ createIngestToken),
/* harmony export */   revokeIngestToken: () => (/* binding */ revokeIngestToken)
/* harmony export */ });
/* harmony import */ var postgres__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1534);

/** kpi_auth.create_ingest_token: a token that may write `repository`'s KPI rows only, for `validDays`. */
function createIngestToken(databaseUrl, repository, validDays) {
    return withDatabase(databaseUrl, async (sql) => {
        const [row] = await sql `
      select id, token, repository, expires_at from kpi_auth.create_ingest_token(${repository}, ${validDays})`;
        return {
            id: Number(row.id),
            token: row.token,
            repository: row.repository,
            expiresAt: row.expires_at.toISOString(),
        };
    });
}
/**
 * kpi_auth.revoke_ingest_token: true when this call revoked it, false when it was unknown or revoked already.
 */
function revokeIngestToken(databaseUrl, id) {
    return withDatabase(databaseUrl, async (sql) => {
        const [row] = await sql `select kpi_auth.revoke_ingest_token(${id}) as revoked`;
        return row.revoked;
    });
}
async function withDatabase(databaseUrl, work) {
    const sql = (0,postgres__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(databaseUrl, { max: 1, connect_timeout: 10, onnotice: () => { } });
    try {
        return await work(sql);
    }
    finally {
        await sql.end({ timeout: 5 });
    }
}


/***/ })

};
