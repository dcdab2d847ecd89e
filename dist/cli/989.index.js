export const id = 989;
export const ids = [989];
export const modules = {

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var _commands_verify_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7632);
/* harmony import */ var _render_verdict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9820);
/* harmony import */ var _verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2987);




async function runVerify(argv, now, earlyDigests) {
    const args = (0,_verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseVerifyArgs */ .ek)(argv);
    const format = (0,_verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatOf */ .be)(args.values);
    if (args.values.release !== undefined || args.values.policy !== undefined)
        return (await __webpack_require__.e(/* import() */ 700).then(__webpack_require__.bind(__webpack_require__, 700))).runPolicyVerify(args, now);
    const request = { ...(0,_commands_verify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .toVerifyRequest */ ._r)((0,_verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .toInputs */ .LD)(args), (0,_verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .flagOf */ .iP)(args), now), earlyDigests };
    await (0,_verify_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .assertReadable */ .DE)(request, args.spelled);
    const verdict = await (0,_commands_verify_index_js__WEBPACK_IMPORTED_MODULE_0__/* .verifyProvenance */ .Tu)(request);
    return { exitCode: (0,_exit_js__WEBPACK_IMPORTED_MODULE_1__/* .exitCodeFor */ .R)(verdict), stdout: (0,_render_verdict_js__WEBPACK_IMPORTED_MODULE_2__/* .renderVerdict */ .g)(verdict, format, request.artifactPaths) };
}


/***/ })

};
